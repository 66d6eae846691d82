import { calendarDateIn } from "../domain/calendar-date.js";
import { chainTerms, firstTermOf, type Term } from "../domain/terms.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

/** A metric's goal for one term. */
export interface TermGoal {
  baseline: number;
  target: number;
  dueOn: string | null;
}

/** One metric through a renewal: its goal in the term that ended and in the new one. */
export interface RenewedMetric {
  key: string;
  name: string;
  unit: string;
  before: TermGoal;
  after: TermGoal;
  /** The latest reading before the new term, which became its baseline; null without one. */
  lastReading: number | null;
}

export interface Renewal {
  partnershipId: number;
  actorId: number;
  at: Date;
  /** The term that ends (the implicit first term has no row yet: it gets one). */
  current: Term;
  label: string;
  startsOn: string;
  /** The first instant of `startsOn` in the partnership's time zone: readings before it are the old term's. */
  startsAt: Date;
  /** New targets by metric key; the others keep theirs. */
  targets: ReadonlyMap<string, number>;
  /** Due dates before the new term move to this day (the new term's last). */
  dueOn: string;
  /** A completed partnership becomes active again, with its cursor here. */
  reopen: { from: string; nextRoundAt: Date } | null;
}

export type RenewalOutcome = { kind: "renewed"; metrics: RenewedMetric[] } | { kind: "duplicate" } | { kind: "changed" };

/** A partnership's terms (school years) and the metric goals each one ended with. */
export class TermsRepository {
  constructor(private readonly db: Database) {}

  /** The terms in order, the current one last; a partnership never renewed has its implicit first term. */
  async list(partnershipId: number): Promise<Term[]> {
    const rows = await this.db.term.findMany({ where: { partnershipId }, select: { id: true, label: true, startsOn: true } });
    if (rows.length > 0) return chainTerms(rows);
    const partnership = await this.db.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { createdAt: true, timezone: true } });
    return [firstTermOf(calendarDateIn(partnership.createdAt, partnership.timezone))];
  }

  /** The goals a past term ended with, by metric id (metrics added later are not in it). */
  async goalsOf(termId: number): Promise<Map<number, TermGoal>> {
    const rows = await this.db.termMetricTarget.findMany({ where: { termId }, select: { metricId: true, baseline: true, target: true, dueOn: true } });
    return new Map(rows.map(({ metricId, ...goal }) => [metricId, goal]));
  }

  /**
   * Opens a new term in one transaction: writes down the term that ends (with its metric goals as
   * they stood), starts the new one, and moves each metric to its new goal: the latest reading
   * before the new term as baseline, the target given (or the old one), past due dates to `dueOn`.
   * "duplicate" when a term has that label (or start day) already; "changed" when the status moved.
   */
  async renew(renewal: Renewal): Promise<RenewalOutcome> {
    const { partnershipId } = renewal;
    try {
      return await this.db.$transaction(async (tx) => {
        const terms = await tx.term.findMany({ where: { partnershipId }, select: { label: true, startsOn: true } });
        const known = renewal.current.id === null ? [...terms, renewal.current] : terms;
        if (known.some((term) => term.label.toLowerCase() === renewal.label.toLowerCase() || term.startsOn === renewal.startsOn)) return { kind: "duplicate" } as const;
        if (renewal.reopen !== null) {
          const { count } = await tx.partnership.updateMany({ where: { id: partnershipId, status: renewal.reopen.from }, data: { status: "active", updatedAt: renewal.at } });
          if (count === 0) return { kind: "changed" } as const;
          await tx.schedule.updateMany({ where: { partnershipId }, data: { nextRoundAt: renewal.reopen.nextRoundAt, updatedAt: renewal.at } });
        }
        const endingId =
          renewal.current.id ?? (await tx.term.create({ data: { partnershipId, label: renewal.current.label, startsOn: renewal.current.startsOn, createdAt: renewal.at }, select: { id: true } })).id;
        const metrics = await tx.metric.findMany({
          where: { partnershipId },
          orderBy: { id: "asc" },
          select: {
            id: true,
            key: true,
            name: true,
            unit: true,
            baseline: true,
            target: true,
            dueOn: true,
            readings: { where: { recordedAt: { lt: renewal.startsAt } }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }], take: 1, select: { value: true } },
          },
        });
        const renewed: RenewedMetric[] = [];
        for (const metric of metrics) {
          const before = { baseline: metric.baseline, target: metric.target, dueOn: metric.dueOn };
          const lastReading = metric.readings[0]?.value ?? null;
          const after = {
            baseline: lastReading ?? metric.baseline,
            target: renewal.targets.get(metric.key) ?? metric.target,
            dueOn: metric.dueOn !== null && metric.dueOn < renewal.startsOn ? renewal.dueOn : metric.dueOn,
          };
          await tx.termMetricTarget.create({ data: { termId: endingId, metricId: metric.id, ...before } });
          await tx.metric.update({ where: { id: metric.id }, data: after });
          renewed.push({ key: metric.key, name: metric.name, unit: metric.unit, before, after, lastReading });
        }
        const created = await tx.term.create({ data: { partnershipId, label: renewal.label, startsOn: renewal.startsOn, createdAt: renewal.at }, select: { id: true } });
        await recordAudit(tx, {
          partnershipId,
          actorId: renewal.actorId,
          action: "renew",
          entity: "term",
          entityId: created.id,
          before: { term: renewal.current.label, metrics: renewed.map((metric) => ({ key: metric.key, ...metric.before })) },
          after: {
            term: renewal.label,
            startsOn: renewal.startsOn,
            ...(renewal.reopen === null ? {} : { status: "active" }),
            metrics: renewed.map((metric) => ({ key: metric.key, ...metric.after })),
          },
        });
        return { kind: "renewed", metrics: renewed } as const;
      });
    } catch (error) {
      // Another renewal with this label or start day committed between the check and the write.
      if (isUniqueViolation(error)) return { kind: "duplicate" };
      throw error;
    }
  }

  /** Sets the current term's targets by metric key, audited with before and after; how many changed. */
  async setTargets(change: { partnershipId: number; actorId: number; at: Date; targets: ReadonlyMap<string, number> }): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const metrics = await tx.metric.findMany({ where: { partnershipId: change.partnershipId, key: { in: [...change.targets.keys()] } }, select: { id: true, key: true, target: true } });
      const moving = metrics.filter((metric) => metric.target !== change.targets.get(metric.key));
      for (const metric of moving) await tx.metric.update({ where: { id: metric.id }, data: { target: change.targets.get(metric.key)! } });
      if (moving.length > 0) {
        await recordAudit(tx, {
          partnershipId: change.partnershipId,
          actorId: change.actorId,
          action: "update",
          entity: "metric-targets",
          entityId: change.partnershipId,
          before: Object.fromEntries(moving.map((metric) => [metric.key, metric.target])),
          after: Object.fromEntries(moving.map((metric) => [metric.key, change.targets.get(metric.key)])),
        });
      }
      return moving.length;
    });
  }
}
