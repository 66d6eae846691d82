import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";

/** A reading as `metric readings` shows it: numbered from the first reading (1), so new ones do not renumber it. */
export interface NumberedReading {
  id: number;
  number: number;
  value: number;
  note: string;
  recordedAt: Date;
  recordedBy: string | null;
  /** It came in with a check-in (sending that check-in again replaces it). */
  fromCheckIn: boolean;
}

/** The metric a reading belongs to, as the audit log names it. */
export interface ReadingOwner {
  partnershipId: number;
  metricId: number;
  key: string;
}

/** One metric's readings: listing them numbered, correcting one, deleting one. */
export class MetricReadingsRepository {
  constructor(private readonly db: Database) {}

  /** Every reading of the metric, oldest first, numbered from 1; who recorded it named as `viewer` knows them. */
  async list(metricId: number, viewer: Workspace): Promise<NumberedReading[]> {
    const rows = await this.db.metricReading.findMany({
      where: { metricId },
      // The same order as "latest" everywhere: readings that share an instant go by id.
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      select: { id: true, value: true, note: true, recordedAt: true, responseId: true, recordedBy: { select: selectPersonName(viewer) } },
    });
    return rows.map((row, index) => ({
      id: row.id,
      number: index + 1,
      value: row.value,
      note: row.note,
      recordedAt: row.recordedAt,
      recordedBy: row.recordedBy === null ? null : personNameOf(row.recordedBy),
      fromCheckIn: row.responseId !== null,
    }));
  }

  /** Sets a reading's value, with the value before and after in the audit log; false when it is gone or already that value. */
  async correct(owner: ReadingOwner, readingId: number, value: number, actorId: number): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.metricReading.findFirst({ where: { id: readingId, metricId: owner.metricId } });
      if (existing === null || existing.value === value) return false;
      await tx.metricReading.update({ where: { id: readingId }, data: { value } });
      await recordAudit(tx, {
        partnershipId: owner.partnershipId,
        actorId,
        action: "correct",
        entity: "metric-reading",
        entityId: readingId,
        before: { metricId: owner.metricId, key: owner.key, value: existing.value, recordedAt: existing.recordedAt },
        after: { metricId: owner.metricId, key: owner.key, value, recordedAt: existing.recordedAt },
      });
      return true;
    });
  }

  /** Deletes one reading, keeping what it was in the audit log; false when it was already gone. */
  async delete(owner: ReadingOwner, readingId: number, actorId: number): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.metricReading.findFirst({ where: { id: readingId, metricId: owner.metricId } });
      if (existing === null) return false;
      await tx.metricReading.delete({ where: { id: readingId } });
      await recordAudit(tx, {
        partnershipId: owner.partnershipId,
        actorId,
        action: "delete",
        entity: "metric-reading",
        entityId: readingId,
        before: { metricId: owner.metricId, key: owner.key, value: existing.value, note: existing.note, recordedAt: existing.recordedAt, recordedById: existing.recordedById },
      });
      return true;
    });
  }
}
