import { z } from "zod";
import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { HandleSchema, TextSchema } from "../argument-schemas.js";
import { defineCommand } from "../command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const needAddCommand = defineCommand({
  name: "need add",
  summary: "Record something the partnership still needs, by asset kind (liaisons, coordinators)",
  arguments: [
    { name: "partnership", description: "the partnership's handle", kind: "partnership", required: true },
    { name: "kind", description: `what kind of asset would meet it: ${ASSET_KINDS.join(", ")}`, kind: "choice", required: true, choices: ASSET_KINDS },
    { name: "description", description: "what is needed, such as \"bus to the regional competition\"", kind: "text", required: true, rest: true },
  ],
  schema: z.object({
    partnership: HandleSchema,
    kind: z.string().trim().toLowerCase().pipe(AssetKindSchema),
    description: TextSchema.max(500, "keep the description under 500 characters"),
  }),
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
