import type { FailedDelivery } from "../domain/describe-delivery-problems.js";
import type { CheckInStatus } from "../domain/vocabulary.js";
import { Prisma } from "../generated/sqlite/client.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";

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

/** An integer or a count read by raw SQL (SQLite's driver or PostgreSQL's count may give a bigint). */
type Id = number | bigint;
/** A DateTime read by raw SQL: a Date, or SQLite's stored text. */
type Instant = Date | string;

interface CheckInRow {
  personId: Id | null;
  personName: string | null;
  status: string | null;
  highlights: string | null;
  blockers: string | null;
  needs: string | null;
  submittedAt: Instant | null;
}

/** The columns of a check-in and its author's name as `viewer`'s workspace knows it (see person-name.ts). */
function checkInColumns(viewer: Workspace): Prisma.Sql {
  return Prisma.sql`c."personId", c."status", c."highlights", c."blockers", c."needs", c."submittedAt",
    COALESCE(NULLIF((SELECT i."displayName" FROM "ChatIdentity" i WHERE i."personId" = c."personId" AND i."platform" = ${viewer.platform} AND i."workspaceId" = ${viewer.workspaceId} ORDER BY i."id" LIMIT 1), ''),
      (SELECT p."displayName" FROM "Person" p WHERE p."id" = c."personId")) AS "personName"`;
}

function toSummary(row: CheckInRow): CheckInSummary {
  return {
    personId: Number(row.personId),
    personName: row.personName ?? "",
    status: row.status as CheckInStatus,
    highlights: row.highlights ?? "",
    blockers: row.blockers ?? "",
    needs: row.needs ?? "",
    submittedAt: new Date(row.submittedAt!),
  };
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

/**
 * Everything `status` shows for one partnership, in six indexed statements whatever its history
 * (Prisma's nested reads took twenty round trips; its per-parent `take` read every row).
 */
export class StatusRepository {
  constructor(private readonly db: Database) {}

  /** The counts, the schedule and the charter's version: one row. */
  private async loadHeader(partnershipId: number) {
    const [row] = await this.db.$queryRaw<
      { partnerCount: Id; liaisonCount: Id; charterVersion: Id | null; weekday: Id | null; localTime: string | null; timezone: string | null; cadence: string | null; nextRoundAt: Instant | null; scheduled: Id | null }[]
    >`SELECT (SELECT COUNT(*) FROM "Partner" WHERE "partnershipId" = ${partnershipId}) AS "partnerCount",
        (SELECT COUNT(*) FROM "Liaison" l JOIN "Partner" pa ON pa."id" = l."partnerId" WHERE pa."partnershipId" = ${partnershipId}) AS "liaisonCount",
        (SELECT MAX("version") FROM "Charter" WHERE "partnershipId" = ${partnershipId}) AS "charterVersion",
        s."id" AS "scheduled", s."weekday", s."localTime", s."timezone", s."cadence", s."nextRoundAt"
      FROM (SELECT 1 AS "one") AS "header" LEFT JOIN "Schedule" s ON s."partnershipId" = ${partnershipId}`;
    return {
      partnerCount: Number(row!.partnerCount),
      liaisonCount: Number(row!.liaisonCount),
      charterVersion: row!.charterVersion === null ? null : Number(row!.charterVersion),
      schedule:
        row!.scheduled === null
          ? null
          : { weekday: Number(row!.weekday), localTime: row!.localTime!, timezone: row!.timezone!, cadence: row!.cadence!, nextRoundAt: row!.nextRoundAt === null ? null : new Date(row!.nextRoundAt) },
    };
  }

  /** The metrics with their latest reading: two correlated lookups per metric on (metricId, recordedAt). */
  private async loadMetrics(partnershipId: number): Promise<StatusSnapshot["metrics"]> {
    // A retired metric no longer counts towards health; `metric list` and reports keep it.
    const rows = await this.db.$queryRaw<
      { name: string; unit: string; baseline: number; target: number; direction: string; dueOn: string | null; createdAt: Instant; current: number | null; readAt: Instant | null }[]
    >`SELECT m."name", m."unit", m."baseline", m."target", m."direction", m."dueOn", m."createdAt",
        (SELECT r."value" FROM "MetricReading" r WHERE r."metricId" = m."id" ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1) AS "current",
        (SELECT r."recordedAt" FROM "MetricReading" r WHERE r."metricId" = m."id" ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1) AS "readAt"
      FROM "Metric" m WHERE m."partnershipId" = ${partnershipId} AND m."retiredAt" IS NULL ORDER BY m."id"`;
    return rows.map((row) => ({
      ...row,
      baseline: Number(row.baseline),
      target: Number(row.target),
      createdAt: new Date(row.createdAt),
      current: row.current === null ? null : Number(row.current),
      readAt: row.readAt === null ? null : new Date(row.readAt),
    }));
  }

  /** The latest rounds with their check-ins (oldest answer first), in one statement. */
  private async loadRecentRounds(partnershipId: number, viewer: Workspace): Promise<StatusSnapshot["recentRounds"]> {
    const rows = await this.db.$queryRaw<({ roundId: Id; period: string; roundStatus: string; opensAt: Instant; responseId: Id | null } & CheckInRow)[]>`
      SELECT rd."id" AS "roundId", rd."period", rd."status" AS "roundStatus", rd."opensAt", c."id" AS "responseId", ${checkInColumns(viewer)}
      FROM (SELECT "id", "period", "status", "opensAt" FROM "Round" WHERE "partnershipId" = ${partnershipId} ORDER BY "opensAt" DESC LIMIT ${RECENT_ROUNDS}) AS rd
      LEFT JOIN "CheckInResponse" c ON c."roundId" = rd."id"
      ORDER BY rd."opensAt" DESC, rd."id", c."submittedAt", c."id"`;
    const rounds = new Map<number, StatusSnapshot["recentRounds"][number]>();
    for (const row of rows) {
      let round = rounds.get(Number(row.roundId));
      if (round === undefined) {
        round = { period: row.period, status: row.roundStatus, opensAt: new Date(row.opensAt), responses: [] };
        rounds.set(Number(row.roundId), round);
      }
      if (row.responseId !== null) round.responses.push(toSummary(row));
    }
    return [...rounds.values()];
  }

  /** Names as `viewer`'s workspace knows them; without a viewer, everyone's first-known name. */
  async load(partnershipId: number, viewer: Workspace = NO_VIEWER): Promise<StatusSnapshot> {
    const [header, metrics, openMilestones, recentRounds, looseResponses, failedDeliveries] = await Promise.all([
      this.loadHeader(partnershipId),
      this.loadMetrics(partnershipId),
      this.db.$queryRaw<{ title: string; dueOn: string }[]>`SELECT "title", "dueOn" FROM "Milestone" WHERE "partnershipId" = ${partnershipId} AND "doneAt" IS NULL ORDER BY "dueOn", "id"`,
      this.loadRecentRounds(partnershipId, viewer),
      this.db.$queryRaw<CheckInRow[]>`SELECT ${checkInColumns(viewer)} FROM "CheckInResponse" c
        WHERE c."partnershipId" = ${partnershipId} AND c."roundId" IS NULL ORDER BY c."submittedAt" DESC, c."id" DESC LIMIT 10`,
      this.db.$queryRaw<FailedDelivery[]>`SELECT "platform", "workspaceId", "kind", COALESCE("error", '') AS "error" FROM "Prompt"
        WHERE "partnershipId" = ${partnershipId} AND "status" = 'failed' ORDER BY "id" DESC LIMIT 200`,
    ]);
    return {
      partnerCount: header.partnerCount,
      liaisonCount: header.liaisonCount,
      metrics,
      openMilestones,
      recentRounds,
      looseResponses: looseResponses.map(toSummary),
      failedDeliveries,
      schedule: header.schedule,
      charterVersion: header.charterVersion,
    };
  }
}
