import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const needAddCommand = defineCommand({
  name: "need add",
  summary: "Record something the partnership still needs, by asset kind (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    kind: argument.choice(AssetKindSchema, `what kind of asset would meet it: ${ASSET_KINDS.join(", ")}`),
    description: argument.text('what is needed, such as "bus to the regional competition"', { rest: true, schema: TextSchema.max(500, "keep the description under 500 characters") }),
  },
  examples: ["/partner need add robotics-tx funding Bus transport to the regional competition"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    await context.store.assets.addNeed({ partnershipId: partnership.id, kind: args.kind, description: args.description, actorId: context.person.id, at: context.clock.now() });
    return new MessageBuilder(`Need added to ${partnership.handle}`)
      .text(`${partnership.name} needs ${args.kind}: ${args.description}.`)
      .context(`See which partners could cover it: /partner asset list ${partnership.handle}`)
      .build();
  },
});
