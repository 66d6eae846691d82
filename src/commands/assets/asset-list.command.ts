import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { buildAssetMap } from "./build-asset-map.js";

function formatQuantity(quantity: number | null): string {
  return quantity === null ? "" : ` (${quantity.toLocaleString("en-US")})`;
}

export const assetListCommand = defineCommand({
  name: "asset list",
  summary: "The asset map: what each partner brings, where partners overlap, and needs nobody covers",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner asset list solar-oh"],
  async handle({ partnership: handle }, context) {
    const partnership = await getPartnership(context, handle);
    const data = await context.store.assets.loadMap(partnership.id);
    const map = buildAssetMap(data);
    const message = new MessageBuilder(`Asset map: ${partnership.name} (${partnership.handle})`);
    if (data.partners.length === 0) message.text(`No partners yet. Add one with /partner partner add ${partnership.handle}.`);
    for (const partner of data.partners) {
      message.list(
        partner.role === "" ? partner.organization : `${partner.organization} (${partner.role})`,
        partner.assets.map((asset) => `${asset.kind}: ${asset.description}${formatQuantity(asset.quantity)}`),
        "Nothing recorded yet",
      );
    }
    message.list(
      "Overlaps",
      map.overlaps.map((overlap) => `${overlap.kind}: ${overlap.organizations.join(", ")}`),
      "None: each kind of asset comes from one partner.",
    );
    message.list(
      "Needs no partner covers",
      map.uncoveredNeeds.map((need) => `${need.kind}: ${need.description}`),
      data.openNeeds.length === 0 ? "No open needs recorded." : "None: every open need has a partner bringing that kind of asset.",
    );
    message.list(
      "Needs a partner may cover",
      map.coverableNeeds.map((need) => `${need.kind}: ${need.description} (ask ${need.organizations.join(" or ")})`),
    );
    message.context(`Add with /partner asset add ${partnership.handle} <organization> <kind> <description> and /partner need add ${partnership.handle} <kind> <description>`);
    return message.build();
  },
});
