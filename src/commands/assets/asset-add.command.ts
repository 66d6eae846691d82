import { z } from "zod";
import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { findPartnerOrganization } from "./find-partner-organization.js";

export const assetAddCommand = defineCommand({
  name: "asset add",
  summary: "Record what a partner brings: funding, equipment, mentors, space, expertise, software (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    organization: argument.text("the partner organisation (part of its name is enough)", { schema: TextSchema.max(200, "keep it under 200 characters") }),
    kind: argument.choice(AssetKindSchema, `what kind of asset: ${ASSET_KINDS.join(", ")}`),
    description: argument.text('what it is, such as "VEX robotics kits"', { rest: true, schema: TextSchema.max(500, "keep the description under 500 characters") }),
    quantity: argument.number("how many or how much, such as 10 or 5000", { required: false, schema: NumberSchema.pipe(z.number().positive("must be more than 0")) }),
  },
  examples: ['/partner asset add robotics-tx Ridgeline equipment "VEX robotics kits" --quantity 10'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const partner = findPartnerOrganization(await context.store.assets.listPartners(partnership.id), args.organization, partnership.handle);
    await context.store.assets.addAsset({
      partnershipId: partnership.id,
      partnerId: partner.partnerId,
      kind: args.kind,
      description: args.description,
      quantity: args.quantity ?? null,
      actorId: context.person.id,
      at: context.clock.now(),
    });
    const quantity = args.quantity === undefined ? "" : ` (${args.quantity})`;
    return new MessageBuilder(`Asset added to ${partnership.handle}`)
      .text(`${partner.organization} brings ${args.kind}: ${args.description}${quantity}.`)
      .context(`See the asset map: /partner asset list ${partnership.handle}`)
      .build();
  },
});
