import type { MetricDirection } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export interface MetricDefinition {
  key: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  direction: MetricDirection;
  dueOn: string | null;
}

export interface MetricRecord extends MetricDefinition {
  id: number;
  createdAt: Date;
  /** Set by `metric retire`: check-ins no longer ask for it; its readings stay. */
  retiredAt: Date | null;
  latest: { value: number; note: string; recordedAt: Date; recordedBy: string | null } | null;
}

export interface MetricReadingHistory {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  dueOn: string | null;
  readings: { value: number; recordedAt: Date }[];
}

type Row = Omit<MetricRecord, "latest" | "direction"> & {
  direction: string;
  readings: { value: number; note: string; recordedAt: Date; recordedBy: { displayName: string; identities: { displayName: string | null }[] } | null }[];
};

// Readings can share an instant (a check-in saves several at once); the later row wins.
// Without a viewer, nobody's identity matches: names fall back to the first-known one.
function withLatest(viewer: Workspace = { platform: "", workspaceId: "" }) {
  return {
    readings: {
      orderBy: [{ recordedAt: "desc" as const }, { id: "desc" as const }],
      take: 1,
      select: { value: true, note: true, recordedAt: true, recordedBy: { select: selectPersonName(viewer) } } as const,
    },
  };
}

function toRecord(row: Row): MetricRecord {
  const { readings, ...metric } = row;
  const latest = readings[0];
  return {
    id: metric.id,
    key: metric.key,
    name: metric.name,
    unit: metric.unit,
    baseline: metric.baseline,
    target: metric.target,
    direction: metric.direction === "decrease" ? "decrease" : "increase",
    dueOn: metric.dueOn,
    createdAt: metric.createdAt,
    retiredAt: metric.retiredAt,
    latest: latest === undefined ? null : { value: latest.value, note: latest.note, recordedAt: latest.recordedAt, recordedBy: latest.recordedBy === null ? null : personNameOf(latest.recordedBy) },
  };
}

/** Success metrics (baseline, target, direction, due date) and their readings over time. */
export class MetricsRepository {
  constructor(private readonly db: Database) {}

  /** The partnership's metrics in the order they were added, each with its latest reading (who recorded it named as `viewer` knows them). */
  async list(partnershipId: number, viewer?: Workspace): Promise<MetricRecord[]> {
    const rows = await this.db.metric.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, include: withLatest(viewer) });
    return rows.map(toRecord);
  }

  async findByKey(partnershipId: number, key: string): Promise<MetricRecord | null> {
    const row = await this.db.metric.findUnique({ where: { partnershipId_key: { partnershipId, key } }, include: withLatest() });
    return row === null ? null : toRecord(row);
  }

  /** Adds a metric; false when the partnership already has one with that key. */
  async add(partnershipId: number, metric: MetricDefinition, actorId: number, at: Date): Promise<boolean> {
    try {
      return await this.db.$transaction(async (tx) => {
        const taken = await tx.metric.findUnique({ where: { partnershipId_key: { partnershipId, key: metric.key } }, select: { id: true } });
        if (taken !== null) return false;
        const created = await tx.metric.create({ data: { partnershipId, ...metric, createdAt: at } });
        await recordAudit(tx, { partnershipId, actorId, action: "create", entity: "metric", entityId: created.id, after: metric });
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false; // the same key added twice at once
      throw error;
    }
  }

  /** Stores one reading of a metric. */
  async record(partnershipId: number, metricId: number, reading: { value: number; note: string }, actorId: number, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const created = await tx.metricReading.create({ data: { metricId, value: reading.value, note: reading.note, recordedAt: at, recordedById: actorId } });
      await recordAudit(tx, { partnershipId, actorId, action: "create", entity: "metric-reading", entityId: created.id, after: { metricId, ...reading } });
    });
  }

  /**
   * Changes a metric's name, unit, baseline, target, direction or due date (its key stays), with
   * the fields before and after in the audit log; null when nothing would change.
   */
  async update(partnershipId: number, metricId: number, changes: MetricChanges, actorId: number): Promise<{ before: MetricChanges; after: MetricChanges } | null> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.metric.findFirstOrThrow({ where: { id: metricId, partnershipId } });
      const changed = (Object.keys(changes) as (keyof MetricChanges)[]).filter((field) => changes[field] !== undefined && changes[field] !== existing[field]);
      if (changed.length === 0) return null;
      const before = Object.fromEntries(changed.map((field) => [field, existing[field]])) as MetricChanges;
      const after = Object.fromEntries(changed.map((field) => [field, changes[field]])) as MetricChanges;
      await tx.metric.update({ where: { id: metricId }, data: after });
      await recordAudit(tx, { partnershipId, actorId, action: "update", entity: "metric", entityId: metricId, before: { key: existing.key, name: existing.name, ...before }, after: { key: existing.key, ...after } });
      return { before, after };
    });
  }

  /** Retires (`at`) or restores (null) a metric; false when it already was. */
  async setRetired(partnershipId: number, metricId: number, at: Date | null, actorId: number): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.metric.findFirstOrThrow({ where: { id: metricId, partnershipId }, select: { key: true, name: true, retiredAt: true } });
      if ((existing.retiredAt === null) === (at === null)) return false;
      await tx.metric.update({ where: { id: metricId }, data: { retiredAt: at } });
      await recordAudit(tx, {
        partnershipId,
        actorId,
        action: at === null ? "restore" : "retire",
        entity: "metric",
        entityId: metricId,
        before: { key: existing.key, name: existing.name, retiredAt: existing.retiredAt },
        after: { key: existing.key, name: existing.name, retiredAt: at },
      });
      return true;
    });
  }
}

/** What `metric edit` may change: everything but the key, which readings and commands name it by. */
export type MetricChanges = Partial<Omit<MetricDefinition, "key">>;
