import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getAsset, listNumberedAssets } from "./get-asset.js";

export const assetRemoveCommand = defineCommand({
  name: "asset remove",
  occasional: true,
  summary: "Remove an asset from the asset map, after asking; needs it met are open again (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    asset: argument.text("its number in asset list, or its description", { rest: true, schema: TextSchema.max(500, "use the asset's number or description") }),
    yes: argument.flag("remove without asking first"),
  },
  examples: ["/partner asset remove robotics-tx 2", '/partner asset remove robotics-tx "VEX robotics kits" --yes'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const map = await context.store.assets.loadMap(partnership.id);
    const asset = getAsset(listNumberedAssets(map), args.asset, partnership.handle);
    const met = map.metNeeds.filter((need) => need.metBy?.assetId === asset.id);
    const confirmation = askToConfirm(args.yes, {
      question: `Remove ${asset.organization}'s asset "${asset.description}" from ${partnership.handle}?`,
      goes: [
        `${asset.kind}: ${asset.description}${asset.quantity === null ? "" : ` (${asset.quantity})`}, brought by ${asset.organization}`,
        ...met.map((need) => `the mark that it met the need "${need.description}" (that need is open again)`),
      ],
      stays: "The audit log keeps what it was.",
      line: `asset remove ${partnership.handle} ${quoteArgument(asset.description)}`,
      verb: "Remove",
    });
    if (confirmation !== null) return confirmation;
    const reopened = await context.store.assets.removeAsset({ partnershipId: partnership.id, assetId: asset.id, actorId: context.person.id, at: context.clock.now() });
    if (reopened === null) throw new UserError("not-found", `"${asset.description}" was removed a moment ago; nothing else changed.`);
    const message = new MessageBuilder(`Asset removed: ${asset.description}`);
    if (reopened.length > 0) message.text(`${reopened.length === 1 ? "1 need it met is" : `${reopened.length} needs it met are`} open again.`);
    return message.context(`See the asset map: /partner asset list ${partnership.handle}`).build();
  },
});
