import { z } from "zod";
import { ASSET_KINDS, AssetKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { NumberSchema, TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getAsset, listNumberedAssets } from "./get-asset.js";

export const assetEditCommand = defineCommand({
  name: "asset edit",
  occasional: true,
  summary: "Change what an asset is, its kind or its quantity (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    asset: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the asset's number or description") }),
    kind: argument.choice(AssetKindSchema, `the new kind: ${ASSET_KINDS.join(", ")}`, { required: false }),
    description: argument.text("the new description", { required: false, schema: TextSchema.max(500, "keep the description under 500 characters") }),
    quantity: argument.number("the new quantity, such as 12", { required: false, schema: NumberSchema.pipe(z.number().positive("must be more than 0")) }),
  },
  examples: ["/partner asset edit robotics-tx 1 --quantity 12", '/partner asset edit robotics-tx "VEX robotics kits" --description "VEX V5 robotics kits"'],
  refine(args, context) {
    if (args.kind === undefined && args.description === undefined && args.quantity === undefined) {
      context.addIssue({ code: "custom", path: ["description"], message: "say what changes: --kind, --description or --quantity" });
    }
    return args;
  },
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const asset = getAsset(listNumberedAssets(await context.store.assets.loadMap(partnership.id)), args.asset, partnership.handle);
    const changes = { kind: args.kind, description: args.description, quantity: args.quantity };
    const before = await context.store.assets.editAsset({ partnershipId: partnership.id, assetId: asset.id, changes, actorId: context.person.id, at: context.clock.now() });
    if (before === null) throw new UserError("not-found", `"${asset.description}" was removed a moment ago, so there is nothing to change.`);
    const shown = (value: string | number | null) => (value === null ? "none" : String(value));
    const lines = (["kind", "description", "quantity"] as const)
      .filter((field) => changes[field] !== undefined && changes[field] !== before[field])
      .map((field) => `${field}: ${shown(before[field])} → ${shown(changes[field]!)}`);
    return new MessageBuilder(lines.length === 0 ? `"${before.description}" already reads like that` : `Asset changed: ${args.description ?? before.description}`)
      .list(lines.length === 0 ? "Nothing changed" : `${asset.organization} brings`, lines, "Every value was as given already.")
      .context(`See the asset map: /partner asset list ${partnership.handle}`)
      .build();
  },
});
