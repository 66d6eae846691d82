import type { AssetKind } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export interface PartnerAssets {
  partnerId: number;
  organization: string;
  role: string;
  assets: { kind: string; description: string; quantity: number | null }[];
}

export interface OpenNeed {
  id: number;
  kind: string;
  description: string;
}

export interface AssetMapData {
  partners: PartnerAssets[];
  openNeeds: OpenNeed[];
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

  /** Every partner with its assets, and the needs nobody has marked resolved. */
  async loadMap(partnershipId: number): Promise<AssetMapData> {
    const [partners, openNeeds] = await Promise.all([
      this.db.partner.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        select: {
          id: true,
          role: true,
          organization: { select: { name: true } },
          assets: { orderBy: { id: "asc" }, select: { kind: true, description: true, quantity: true } },
        },
      }),
      this.db.need.findMany({ where: { partnershipId, resolvedAt: null }, orderBy: { id: "asc" }, select: { id: true, kind: true, description: true } }),
    ]);
    return {
      partners: partners.map((partner) => ({ partnerId: partner.id, organization: partner.organization.name, role: partner.role, assets: partner.assets })),
      openNeeds,
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
}
