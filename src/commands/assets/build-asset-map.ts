import type { AssetMapData, MetNeed, OpenNeed } from "../../store/assets-repository.js";

export interface AssetMap {
  /** Kinds that two or more partners bring, with those partners. */
  overlaps: { kind: string; organizations: string[] }[];
  /** Open needs of a kind no partner brings. */
  uncoveredNeeds: OpenNeed[];
  /** Open needs that a partner's assets of the same kind might meet, with those partners. */
  coverableNeeds: (OpenNeed & { organizations: string[] })[];
  /** Needs marked met (`need met`), with the asset that met each. */
  metNeeds: MetNeed[];
}

/** Where partners' contributions overlap and which needs nobody's assets cover, matched by kind. */
export function buildAssetMap(data: AssetMapData): AssetMap {
  const bringers = new Map<string, string[]>();
  for (const partner of data.partners) {
    for (const kind of new Set(partner.assets.map((asset) => asset.kind))) {
      bringers.set(kind, [...(bringers.get(kind) ?? []), partner.organization]);
    }
  }
  const overlaps = [...bringers.entries()]
    .filter(([, organizations]) => organizations.length > 1)
    .map(([kind, organizations]) => ({ kind, organizations }))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  const uncoveredNeeds = data.openNeeds.filter((need) => !bringers.has(need.kind));
  const coverableNeeds = data.openNeeds.filter((need) => bringers.has(need.kind)).map((need) => ({ ...need, organizations: bringers.get(need.kind)! }));
  return { overlaps, uncoveredNeeds, coverableNeeds, metNeeds: data.metNeeds };
}
