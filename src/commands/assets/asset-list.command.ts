import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { buildAssetMap } from "./build-asset-map.js";
import { listNumberedAssets } from "./get-asset.js";

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
    // Assets and needs are numbered apart, as asset edit|remove and need edit|remove|met|reopen read them.
    const assetNumbers = new Map(listNumberedAssets(data).map((asset, index) => [asset.id, index + 1]));
    const needNumbers = new Map([...data.openNeeds, ...data.metNeeds].sort((a, b) => a.id - b.id).map((need, index) => [need.id, index + 1]));
    const message = new MessageBuilder(`Asset map: ${partnership.name} (${partnership.handle})`);
    if (data.partners.length === 0) message.text(`No partners yet. Add one with /partner partner add ${partnership.handle}.`);
    for (const partner of data.partners) {
      message.list(
        partner.role === "" ? partner.organization : `${partner.organization} (${partner.role})`,
        partner.assets.map((asset) => `#${assetNumbers.get(asset.id)} ${asset.kind}: ${asset.description}${formatQuantity(asset.quantity)}`),
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
      map.uncoveredNeeds.map((need) => `need #${needNumbers.get(need.id)} ${need.kind}: ${need.description}`),
      data.openNeeds.length === 0 ? "No open needs recorded." : "None: every open need has a partner bringing that kind of asset.",
    );
    message.list(
      "Needs a partner may cover",
      map.coverableNeeds.map((need) => `need #${needNumbers.get(need.id)} ${need.kind}: ${need.description} (ask ${need.organizations.join(" or ")})`),
    );
    message.list(
      "Needs met",
      map.metNeeds.map((need) => {
        const by = need.metBy === null ? "by an asset since removed with its partner" : `by ${need.metBy.organization}: ${need.metBy.kind}, ${need.metBy.description}`;
        return `need #${needNumbers.get(need.id)} ${need.kind}: ${need.description} (met ${by})`;
      }),
    );
    message.context(`Add with /partner asset add ${partnership.handle} <organization> <kind> <description> and /partner need add ${partnership.handle} <kind> <description>`);
    if (assetNumbers.size > 0 && data.openNeeds.length > 0) message.context(`A partner's asset covers a need: /partner need met ${partnership.handle} <need #> --by <asset #>`);
    return message.build();
  },
});
