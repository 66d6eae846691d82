import { ARCHIVED } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { PartnershipRecord } from "./partnerships-repository.js";

/** Putting a partnership away and bringing it back; Partnership.status stays the one truth of which it is. */
export class ArchivesRepository {
  constructor(private readonly db: Database) {}

  /**
   * Archives the partnership if its status is still `before.status`: remembers that status for
   * unarchive and closes its open rounds, so no reminder or digest goes out. False when it changed.
   */
  async archive(change: { before: PartnershipRecord; actorId: number; at: Date }): Promise<boolean> {
    const { before } = change;
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.partnership.updateMany({ where: { id: before.id, status: before.status }, data: { status: ARCHIVED, updatedAt: change.at } });
      if (count === 0) return false;
      await tx.partnershipArchive.upsert({
        where: { partnershipId: before.id },
        create: { partnershipId: before.id, fromStatus: before.status, archivedAt: change.at, archivedById: change.actorId },
        update: { fromStatus: before.status, archivedAt: change.at, archivedById: change.actorId },
      });
      const closed = await tx.round.updateMany({ where: { partnershipId: before.id, status: "open" }, data: { status: "closed", closedAt: change.at } });
      await recordAudit(tx, {
        partnershipId: before.id,
        actorId: change.actorId,
        action: "archive",
        entity: "partnership",
        entityId: before.id,
        before: { status: before.status },
        after: { status: ARCHIVED, roundsClosed: closed.count },
      });
      return true;
    });
  }

  /** The status an archived partnership had before; null when it is not archived (or was archived before this was kept). */
  async statusBeforeArchive(partnershipId: number): Promise<string | null> {
    const archive = await this.db.partnershipArchive.findUnique({ where: { partnershipId }, select: { fromStatus: true } });
    return archive?.fromStatus ?? null;
  }

  /** Gives an archived partnership back `status`; `nextRoundAt` places its cursor (active) or clears it. False when it changed. */
  async unarchive(change: { partnershipId: number; actorId: number; at: Date; status: string; nextRoundAt: Date | null }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.partnership.updateMany({ where: { id: change.partnershipId, status: ARCHIVED }, data: { status: change.status, updatedAt: change.at } });
      if (count === 0) return false;
      await tx.partnershipArchive.deleteMany({ where: { partnershipId: change.partnershipId } });
      await tx.schedule.updateMany({ where: { partnershipId: change.partnershipId }, data: { nextRoundAt: change.nextRoundAt, updatedAt: change.at } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "unarchive", entity: "partnership", entityId: change.partnershipId, before: { status: ARCHIVED }, after: { status: change.status } });
      return true;
    });
  }
}
