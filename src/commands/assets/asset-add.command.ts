import { z } from "zod";
import { getByName, type NameMiss } from "../../domain/get-by-name.js";
import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

interface PartnerOrganization {
  partnerId: number;
  organization: string;
}

function explainMissingOrganization(handle: string): (miss: NameMiss<PartnerOrganization>) => UserError {
  return ({ typed, ambiguous, suggestions }) => {
    if (suggestions.length === 0) {
      return new UserError("not-found", `${handle} has no partners yet. Add one first with \`/partner partner add ${handle} <kind> "<organisation>"\`.`);
    }
    const names = suggestions.map((partner) => `"${partner.organization}"`).join(", ");
    const problem = ambiguous.length > 0 ? `"${typed}" could be more than one partner` : `"${typed}" is not a partner of ${handle}`;
    return new UserError("not-found", `${problem}. Name one of: ${names}.`);
  };
}

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
    const partners = await context.store.assets.listPartners(partnership.id);
    const partner = getByName(partners, args.organization, (each) => each.organization, explainMissingOrganization(partnership.handle));
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
