import type { CheckInStatus } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";

export interface CheckInSummary {
  personId: number;
  personName: string;
  status: CheckInStatus;
  highlights: string;
  blockers: string;
  needs: string;
  submittedAt: Date;
}

const CHECK_IN_COLUMNS = {
  personId: true,
  status: true,
  highlights: true,
  blockers: true,
  needs: true,
  submittedAt: true,
  person: { select: { displayName: true } },
} as const;

function toSummary(row: { personId: number; status: string; highlights: string; blockers: string; needs: string; submittedAt: Date; person: { displayName: string } }): CheckInSummary {
  const { person, ...rest } = row;
  return { ...rest, status: row.status as CheckInStatus, personName: person.displayName };
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
  failedDeliveries: { target: string; error: string }[];
  schedule: { weekday: number; localTime: string; timezone: string; cadence: string } | null;
  charterVersion: number | null;
}

const RECENT_ROUNDS = 4;

/** Everything `status` shows for one partnership, read in a handful of indexed queries. */
export class StatusRepository {
  constructor(private readonly db: Database) {}

  async load(partnershipId: number): Promise<StatusSnapshot> {
    const [partners, metrics, openMilestones, recentRounds, looseResponses, failedDeliveries, schedule, charter] = await Promise.all([
      // Two index lookups; a relation count would join the whole liaison table on SQLite.
      this.db.partner.findMany({ where: { partnershipId }, select: { liaisons: { select: { id: true } } } }),
      this.db.metric.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        include: { readings: { orderBy: { recordedAt: "desc" }, take: 1, select: { value: true, recordedAt: true } } },
      }),
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
        take: 5,
        select: { target: true, error: true },
      }),
      this.db.schedule.findUnique({ where: { partnershipId }, select: { weekday: true, localTime: true, timezone: true, cadence: true } }),
      this.db.charter.findFirst({ where: { partnershipId }, orderBy: { version: "desc" }, select: { version: true } }),
    ]);
    return {
      partnerCount: partners.length,
      liaisonCount: partners.reduce((sum, partner) => sum + partner.liaisons.length, 0),
      metrics: metrics.map((metric) => ({
        name: metric.name,
        unit: metric.unit,
        baseline: metric.baseline,
        target: metric.target,
        direction: metric.direction,
        dueOn: metric.dueOn,
        createdAt: metric.createdAt,
        current: metric.readings[0]?.value ?? null,
        readAt: metric.readings[0]?.recordedAt ?? null,
      })),
      openMilestones,
      recentRounds: recentRounds.map((round) => ({
        period: round.period,
        status: round.status,
        opensAt: round.opensAt,
        responses: round.responses.map(toSummary),
      })),
      looseResponses: looseResponses.map(toSummary),
      failedDeliveries: failedDeliveries.map((prompt) => ({ target: prompt.target, error: prompt.error ?? "unknown error" })),
      schedule,
      charterVersion: charter?.version ?? null,
    };
  }
}
