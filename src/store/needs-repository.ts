import type { AssetKind } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export interface NeedChange {
  partnershipId: number;
  needId: number;
  actorId: number;
  at: Date;
}

export interface NeedRecord {
  id: number;
  kind: string;
  description: string;
  resolvedAt: Date | null;
  metByAssetId: number | null;
}

const COLUMNS = { id: true, kind: true, description: true, resolvedAt: true, metByAssetId: true } as const;

/** Changes to what a partnership needs: edits, removal, and marking a need met by a partner's asset. */
export class NeedsRepository {
  constructor(private readonly db: Database) {}

  /** Every need of a partnership, open and met, in the order `asset list` numbers them. */
  async list(partnershipId: number): Promise<NeedRecord[]> {
    return this.db.need.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, select: COLUMNS });
  }

  /** Changes a need's kind or description; the need as it was, or null when it is gone. */
  async edit(input: NeedChange & { changes: { kind?: AssetKind; description?: string } }): Promise<NeedRecord | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.need.findFirst({ where: { id: input.needId, partnershipId: input.partnershipId }, select: COLUMNS });
      if (before === null) return null;
      const changed = Object.fromEntries(Object.entries(input.changes).filter(([field, value]) => value !== undefined && value !== before[field as "kind" | "description"]));
      if (Object.keys(changed).length === 0) return before;
      await tx.need.update({ where: { id: before.id }, data: changed });
      const was = Object.fromEntries(Object.keys(changed).map((field) => [field, before[field as "kind" | "description"]]));
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "update", entity: "need", entityId: before.id, before: was, after: changed });
      return before;
    });
  }

  /** Deletes a need; false when it was gone already. */
  async remove(input: NeedChange): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.need.findFirst({ where: { id: input.needId, partnershipId: input.partnershipId }, select: COLUMNS });
      if (before === null) return false;
      const { count } = await tx.need.deleteMany({ where: { id: before.id } });
      if (count > 0) await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "delete", entity: "need", entityId: before.id, before });
      return count > 0;
    });
  }

  /**
   * Marks an open need met by one of the partnership's assets; false when it was met already or the
   * asset is not the partnership's (the conditional update decides when two people do it at once).
   */
  async meet(input: NeedChange & { assetId: number }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const asset = await tx.asset.findFirst({ where: { id: input.assetId, partner: { partnershipId: input.partnershipId } }, select: { id: true } });
      if (asset === null) return false;
      const { count } = await tx.need.updateMany({ where: { id: input.needId, partnershipId: input.partnershipId, resolvedAt: null }, data: { resolvedAt: input.at, metByAssetId: asset.id } });
      if (count > 0) {
        await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "meet", entity: "need", entityId: input.needId, before: { resolvedAt: null, metByAssetId: null }, after: { resolvedAt: input.at, metByAssetId: asset.id } });
      }
      return count > 0;
    });
  }

  /** Opens a met need again; false when it was open already. */
  async reopen(input: NeedChange): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.need.findFirst({ where: { id: input.needId, partnershipId: input.partnershipId, resolvedAt: { not: null } }, select: { resolvedAt: true, metByAssetId: true } });
      if (before === null) return false;
      const { count } = await tx.need.updateMany({ where: { id: input.needId, resolvedAt: { not: null } }, data: { resolvedAt: null, metByAssetId: null } });
      if (count > 0) await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "reopen", entity: "need", entityId: input.needId, before, after: { resolvedAt: null, metByAssetId: null } });
      return count > 0;
    });
  }
}
