import type { AssetKind } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export interface PartnerAssets {
  partnerId: number;
  organization: string;
  role: string;
  assets: { id: number; kind: string; description: string; quantity: number | null }[];
}

export interface OpenNeed {
  id: number;
  kind: string;
  description: string;
}

/** A need marked met, with the asset that met it (null when that asset went with its partner). */
export interface MetNeed extends OpenNeed {
  metBy: { assetId: number; organization: string; kind: string; description: string } | null;
}

export interface AssetMapData {
  partners: PartnerAssets[];
  openNeeds: OpenNeed[];
  metNeeds: MetNeed[];
}

export interface NewAsset {
  partnershipId: number;
  partnerId: number;
  kind: AssetKind;
  description: string;
  quantity: number | null;
  actorId: number;
  at: Date;
}

export interface NewNeed {
  partnershipId: number;
  kind: AssetKind;
  description: string;
  actorId: number;
  at: Date;
}

export interface AssetRecord {
  id: number;
  kind: string;
  description: string;
  quantity: number | null;
}

export interface AssetChange {
  partnershipId: number;
  assetId: number;
  actorId: number;
  at: Date;
}

const ASSET_COLUMNS = { id: true, kind: true, description: true, quantity: true } as const;

/** What each partner brings to a partnership and what it still needs. */
export class AssetsRepository {
  constructor(private readonly db: Database) {}

  /** The partner organisations of a partnership, in the order they joined. */
  async listPartners(partnershipId: number): Promise<{ partnerId: number; organization: string }[]> {
    const partners = await this.db.partner.findMany({
      where: { partnershipId },
      orderBy: { id: "asc" },
      select: { id: true, organization: { select: { name: true } } },
    });
    return partners.map((partner) => ({ partnerId: partner.id, organization: partner.organization.name }));
  }

  /** Every partner with its assets, the needs nobody has marked met, and those met. */
  async loadMap(partnershipId: number): Promise<AssetMapData> {
    const [partners, needs] = await Promise.all([
      this.db.partner.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          organization: { select: { name: true } },
          assets: { orderBy: { id: "asc" }, select: { id: true, kind: true, description: true, quantity: true } },
        },
      }),
      this.db.need.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, select: { id: true, kind: true, description: true, resolvedAt: true, metByAssetId: true } }),
    ]);
    const assets = new Map(partners.flatMap((partner) => partner.assets.map((asset) => [asset.id, { assetId: asset.id, organization: partner.organization.name, kind: asset.kind, description: asset.description }] as const)));
    const open = needs.filter((need) => need.resolvedAt === null);
    const met = needs.filter((need) => need.resolvedAt !== null);
    return {
      partners: partners.map((partner) => ({ partnerId: partner.id, organization: partner.organization.name, role: partner.role, assets: partner.assets })),
      openNeeds: open.map(({ id, kind, description }) => ({ id, kind, description })),
      metNeeds: met.map(({ id, kind, description, metByAssetId }) => ({ id, kind, description, metBy: (metByAssetId === null ? undefined : assets.get(metByAssetId)) ?? null })),
    };
  }

  async addAsset(input: NewAsset): Promise<{ id: number }> {
    return this.db.$transaction(async (tx) => {
      const data = { partnerId: input.partnerId, kind: input.kind, description: input.description, quantity: input.quantity };
      const created = await tx.asset.create({ data: { ...data, createdAt: input.at }, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "asset", entityId: created.id, after: data });
      return created;
    });
  }

  async addNeed(input: NewNeed): Promise<{ id: number }> {
    return this.db.$transaction(async (tx) => {
      const data = { partnershipId: input.partnershipId, kind: input.kind, description: input.description };
      const created = await tx.need.create({ data: { ...data, createdAt: input.at }, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "need", entityId: created.id, after: data });
      return created;
    });
  }

  /** Changes an asset's kind, description or quantity; the asset as it was, or null when it is gone. */
  async editAsset(input: AssetChange & { changes: Partial<Pick<AssetRecord, "kind" | "description" | "quantity">> }): Promise<AssetRecord | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.asset.findFirst({ where: { id: input.assetId, partner: { partnershipId: input.partnershipId } }, select: ASSET_COLUMNS });
      if (before === null) return null;
      const changed = Object.fromEntries(Object.entries(input.changes).filter(([field, value]) => value !== undefined && value !== before[field as keyof typeof input.changes]));
      if (Object.keys(changed).length === 0) return before;
      await tx.asset.update({ where: { id: before.id }, data: changed });
      const was = Object.fromEntries(Object.keys(changed).map((field) => [field, before[field as keyof typeof input.changes]]));
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "update", entity: "asset", entityId: before.id, before: was, after: changed });
      return before;
    });
  }

  /**
   * Deletes an asset and opens again the needs it met, in one transaction; the ids of those needs,
   * or null when the asset was gone already.
   */
  async removeAsset(input: AssetChange): Promise<number[] | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.asset.findFirst({ where: { id: input.assetId, partner: { partnershipId: input.partnershipId } }, select: { ...ASSET_COLUMNS, partnerId: true } });
      if (before === null) return null;
      const { count } = await tx.asset.deleteMany({ where: { id: before.id } });
      if (count === 0) return null;
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "delete", entity: "asset", entityId: before.id, before });
      const met = await tx.need.findMany({ where: { partnershipId: input.partnershipId, metByAssetId: before.id }, orderBy: { id: "asc" }, select: { id: true, resolvedAt: true } });
      for (const need of met) {
        await tx.need.update({ where: { id: need.id }, data: { resolvedAt: null, metByAssetId: null } });
        await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "reopen", entity: "need", entityId: need.id, before: { resolvedAt: need.resolvedAt, metByAssetId: before.id }, after: { resolvedAt: null, metByAssetId: null } });
      }
      return met.map((need) => need.id);
    });
  }
}
