import type { FailedDelivery } from "../domain/describe-delivery-problems.js";
import type { CheckInStatus } from "../domain/vocabulary.js";
import { Prisma } from "../generated/sqlite/client.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";

export interface CheckInSummary {
  personId: number;
  personName: string;
  status: CheckInStatus;
  highlights: string;
  blockers: string;
  needs: string;
  submittedAt: Date;
}

// Nobody's identity lives in this workspace: every name falls back to the first-known one.
const NO_VIEWER: Workspace = { platform: "", workspaceId: "" };

function checkInColumns(viewer: Workspace) {
  return {
    personId: true,
    status: true,
    highlights: true,
    blockers: true,
    needs: true,
    submittedAt: true,
    person: { select: selectPersonName(viewer) },
  } as const;
}

function toSummary(row: { personId: number; status: string; highlights: string; blockers: string; needs: string; submittedAt: Date; person: { displayName: string; identities: { displayName: string | null }[] } }): CheckInSummary {
  const { person, ...rest } = row;
  return { ...rest, status: row.status as CheckInStatus, personName: personNameOf(person) };
}

export interface StatusSnapshot {
  partnerCount: number;
  liaisonCount: number;
  metrics: { name: string; unit: string; baseline: number; target: number; direction: string; dueOn: string | null; createdAt: Date; current: number | null; readAt: Date | null }[];
  openMilestones: { title: string; dueOn: string }[];
  recentRounds: {
    period: string;
    status: string;
    opensAt: Date;
    responses: CheckInSummary[];
  }[];
  /** Check-ins sent outside any round (for example from /partner checkin before the first round). */
  looseResponses: CheckInSummary[];
  /** Failed outbox rows, most recent first (at most 200): for liaisons and coordinators, described in words. */
  failedDeliveries: FailedDelivery[];
  schedule: { weekday: number; localTime: string; timezone: string; cadence: string; nextRoundAt: Date | null } | null;
  charterVersion: number | null;
}

const RECENT_ROUNDS = 4;

/** Everything `status` shows for one partnership, read in a handful of indexed queries. */
export class StatusRepository {
  constructor(private readonly db: Database) {}

  /**
   * The metrics with their latest reading. Prisma's per-parent `take: 1` reads every reading and
   * drops all but one in memory; a correlated subquery reads one row per metric from the index.
   */
  private async loadMetrics(partnershipId: number): Promise<StatusSnapshot["metrics"]> {
    const metrics = await this.db.metric.findMany({
      // A retired metric no longer counts towards health; `metric list` and reports keep it.
      where: { partnershipId, retiredAt: null },
      orderBy: { id: "asc" },
      select: { id: true, name: true, unit: true, baseline: true, target: true, direction: true, dueOn: true, createdAt: true },
    });
    if (metrics.length === 0) return [];
    const latest = await this.db.$queryRaw<{ metricId: number | bigint; value: number; recordedAt: Date | string }[]>`
      SELECT r."metricId", r."value", r."recordedAt" FROM "MetricReading" r
      WHERE r."id" IN (${Prisma.join(
        metrics.map((metric) => Prisma.sql`(SELECT l."id" FROM "MetricReading" l WHERE l."metricId" = ${metric.id} ORDER BY l."recordedAt" DESC, l."id" DESC LIMIT 1)`),
      )})`;
    const byMetric = new Map(latest.map((reading) => [Number(reading.metricId), reading]));
    return metrics.map(({ id, ...metric }) => {
      const reading = byMetric.get(id);
      return { ...metric, current: reading === undefined ? null : Number(reading.value), readAt: reading === undefined ? null : new Date(reading.recordedAt) };
    });
  }

  /** Names as `viewer`'s workspace knows them; without a viewer, everyone's first-known name. */
  async load(partnershipId: number, viewer: Workspace = NO_VIEWER): Promise<StatusSnapshot> {
    const CHECK_IN_COLUMNS = checkInColumns(viewer);
    const [partners, metrics, openMilestones, recentRounds, looseResponses, failedDeliveries, schedule, charter] = await Promise.all([
      // Two index lookups; a relation count would join the whole liaison table on SQLite.
      this.db.partner.findMany({ where: { partnershipId }, select: { liaisons: { select: { id: true } } } }),
      this.loadMetrics(partnershipId),
      this.db.milestone.findMany({ where: { partnershipId, doneAt: null }, orderBy: { dueOn: "asc" }, select: { title: true, dueOn: true } }),
      this.db.round.findMany({
        where: { partnershipId },
        orderBy: { opensAt: "desc" },
        take: RECENT_ROUNDS,
        select: {
          period: true,
          status: true,
          opensAt: true,
          responses: { orderBy: { submittedAt: "asc" }, select: CHECK_IN_COLUMNS },
        },
      }),
      this.db.checkInResponse.findMany({
        where: { partnershipId, roundId: null },
        orderBy: { submittedAt: "desc" },
        take: 10,
        select: CHECK_IN_COLUMNS,
      }),
      this.db.prompt.findMany({
        where: { partnershipId, status: "failed" },
        orderBy: { id: "desc" },
        take: 200,
        select: { platform: true, workspaceId: true, kind: true, error: true },
      }),
      this.db.schedule.findUnique({ where: { partnershipId }, select: { weekday: true, localTime: true, timezone: true, cadence: true, nextRoundAt: true } }),
      this.db.charter.findFirst({ where: { partnershipId }, orderBy: { version: "desc" }, select: { version: true } }),
    ]);
    return {
      partnerCount: partners.length,
      liaisonCount: partners.reduce((sum, partner) => sum + partner.liaisons.length, 0),
      metrics,
      openMilestones,
      recentRounds: recentRounds.map((round) => ({
        period: round.period,
        status: round.status,
        opensAt: round.opensAt,
        responses: round.responses.map(toSummary),
      })),
      looseResponses: looseResponses.map(toSummary),
      failedDeliveries: failedDeliveries.map((prompt) => ({ platform: prompt.platform, workspaceId: prompt.workspaceId, kind: prompt.kind, error: prompt.error ?? "" })),
      schedule,
      charterVersion: charter?.version ?? null,
    };
  }
}
