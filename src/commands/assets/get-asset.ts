import type { AssetMapData } from "../../store/assets-repository.js";
import type { NeedRecord } from "../../store/needs-repository.js";
import { getNumbered } from "../get-numbered.js";

export interface NumberedAsset {
  id: number;
  organization: string;
  kind: string;
  description: string;
  quantity: number | null;
}

/** Every asset of the map in the order `asset list` numbers them: partner by partner, oldest first. */
export function listNumberedAssets(data: AssetMapData): NumberedAsset[] {
  return data.partners.flatMap((partner) => partner.assets.map((asset) => ({ ...asset, organization: partner.organization })));
}

/** The asset a user named: its number in `asset list`, or its description. */
export function getAsset(assets: readonly NumberedAsset[], reference: string, handle: string): NumberedAsset {
  return getNumbered(assets, reference, (asset) => asset.description, { noun: "asset", handle, list: `asset list ${handle}` });
}

/** The need a user named: its number in `asset list` (needs, open and met, by when they were added), or its description. */
export function getNeed(needs: readonly NeedRecord[], reference: string, handle: string): NeedRecord {
  return getNumbered(needs, reference, (need) => need.description, { noun: "need", handle, list: `asset list ${handle}` });
}
