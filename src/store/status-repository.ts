import type { FailedDelivery } from "../domain/describe-delivery-problems.js";
import type { CheckInStatus } from "../domain/vocabulary.js";
import { Prisma } from "../generated/sqlite/client.js";
import type { Database, DatabaseFlavor } from "./create-database.js";
import { jsonSql, type JsonSql } from "./json-sql.js";
import type { MetricReadingHistory } from "./metrics-repository.js";
import type { Workspace } from "./partnerships-repository.js";
import { defineStatement } from "./prepared-statements.js";

export interface CheckInSummary {
  personId: number;
  personName: string;
  status: CheckInStatus;
  highlights: string;
  blockers: string;
  needs: string;
  submittedAt: Date;
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
  /** The charts' readings, when `load` was asked for them: each metric's newest, oldest first. */
  readingHistories: MetricReadingHistory[];
}

/** Which metrics' histories to read (the first `metrics` with a reading, by id) and how many readings each. */
export interface ReadingHistoryLimits {
  metrics: number;
  perMetric: number;
}

// Nobody's identity lives in this workspace: every name falls back to the first-known one.
const NO_VIEWER: Workspace = { platform: "", workspaceId: "" };
const RECENT_ROUNDS = 4;
const LOOSE_RESPONSES = 10;
const FAILED_DELIVERIES = 200;

/** A count or id read by raw SQL (SQLite's driver or PostgreSQL's count may give a bigint). */
type Id = number | bigint;
/** A DateTime as the JSON carries it (see json-sql.ts). */
type Instant = string | number;

interface CheckInJson {
  personId: number;
  personName: string | null;
  status: string;
  highlights: string | null;
  blockers: string | null;
  needs: string | null;
  submittedAt: Instant;
}

interface SnapshotRow {
  partnerCount: Id;
  liaisonCount: Id;
  charterVersion: Id | null;
  schedule: string | null;
  metrics: string;
  milestones: string;
  rounds: string;
  loose: string;
  failed: string;
  histories: string | null;
}

type Reading = [value: number | string, recordedAt: Instant];

function toSummary(row: CheckInJson): CheckInSummary {
  return {
    personId: Number(row.personId),
    personName: row.personName ?? "",
    status: row.status as CheckInStatus,
    highlights: row.highlights ?? "",
    blockers: row.blockers ?? "",
    needs: row.needs ?? "",
    submittedAt: new Date(row.submittedAt),
  };
}

type Parameter = "partnershipId" | "viewerPlatform" | "viewerWorkspaceId" | "historyMetrics" | "historyReadings";
type Statement = (values: Readonly<Record<Parameter, unknown>>) => Prisma.Sql;

/**
 * Everything `status` shows for one partnership in ONE statement whatever its history, each list
 * aggregated as JSON by the database: ten statements cost ten parses, plans and round trips on
 * PostgreSQL (most of a status there) and ten passes through Prisma on both.
 */
export class StatusRepository {
  private readonly statement: Statement;
  private readonly statementWithHistories: Statement;

  constructor(
    private readonly db: Database,
    flavor: DatabaseFlavor,
  ) {
    const json = jsonSql(flavor);
    this.statement = defineStatement<Parameter>((parameter) => snapshotStatement(json, parameter, false));
    this.statementWithHistories = defineStatement<Parameter>((parameter) => snapshotStatement(json, parameter, true));
  }

  /**
   * Names as `viewer`'s workspace knows them; without a viewer, everyone's first-known name.
   * `readingHistory` adds the charts' readings (empty without it).
   */
  async load(partnershipId: number, viewer: Workspace = NO_VIEWER, options: { readingHistory?: ReadingHistoryLimits } = {}): Promise<StatusSnapshot> {
    const history = options.readingHistory;
    const statement = history === undefined ? this.statement : this.statementWithHistories;
    const values = { partnershipId, viewerPlatform: viewer.platform, viewerWorkspaceId: viewer.workspaceId, historyMetrics: history?.metrics, historyReadings: history?.perMetric };
    const [row] = await this.db.$queryRaw<SnapshotRow[]>(statement(values));
    return toSnapshot(row!);
  }
}

function snapshotStatement(json: JsonSql, parameter: (name: Parameter) => Prisma.Sql, withHistories: boolean): Prisma.Sql {
  const id = () => parameter("partnershipId");
  // A check-in and its author's name as the viewer's workspace knows it (see person-name.ts).
  const checkIn = () =>
    json.object({
      personId: Prisma.sql`c."personId"`,
      personName: Prisma.sql`COALESCE(NULLIF((SELECT i."displayName" FROM "ChatIdentity" i WHERE i."personId" = c."personId" AND i."platform" = ${parameter("viewerPlatform")} AND i."workspaceId" = ${parameter("viewerWorkspaceId")} ORDER BY i."id" LIMIT 1), ''),
        (SELECT p."displayName" FROM "Person" p WHERE p."id" = c."personId"))`,
      status: Prisma.sql`c."status"`,
      highlights: Prisma.sql`c."highlights"`,
      blockers: Prisma.sql`c."blockers"`,
      needs: Prisma.sql`c."needs"`,
      submittedAt: json.instant(Prisma.sql`c."submittedAt"`),
    });
  const reading = (alias: string) => json.array([Prisma.raw(`${alias}."value"`), json.instant(Prisma.raw(`${alias}."recordedAt"`))]);

  const schedule = Prisma.sql`(SELECT ${json.object({
    weekday: Prisma.sql`s."weekday"`,
    localTime: Prisma.sql`s."localTime"`,
    timezone: Prisma.sql`s."timezone"`,
    cadence: Prisma.sql`s."cadence"`,
    nextRoundAt: json.instant(Prisma.sql`s."nextRoundAt"`),
  })} FROM "Schedule" s WHERE s."partnershipId" = ${id()})`;

  // The metrics still counted (a retired one no longer counts towards health; `metric list` and
  // reports keep it), each with its latest reading: one index lookup on (metricId, recordedAt).
  const metric = json.object({
    name: Prisma.sql`m."name"`,
    unit: Prisma.sql`m."unit"`,
    baseline: Prisma.sql`m."baseline"`,
    target: Prisma.sql`m."target"`,
    direction: Prisma.sql`m."direction"`,
    dueOn: Prisma.sql`m."dueOn"`,
    createdAt: json.instant(Prisma.sql`m."createdAt"`),
    latest: Prisma.sql`(SELECT ${reading("r")} FROM "MetricReading" r WHERE r."metricId" = m."id" ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1)`,
  });
  const metrics = Prisma.sql`(SELECT ${json.aggregate(metric, Prisma.sql`m."id"`)} FROM "Metric" m WHERE m."partnershipId" = ${id()} AND m."retiredAt" IS NULL)`;

  const milestones = Prisma.sql`(SELECT ${json.aggregate(json.object({ title: Prisma.sql`"title"`, dueOn: Prisma.sql`"dueOn"` }), Prisma.sql`"dueOn", "id"`)}
    FROM "Milestone" WHERE "partnershipId" = ${id()} AND "doneAt" IS NULL)`;

  // The latest rounds, each with its check-ins, oldest answer first.
  const responses = Prisma.sql`(SELECT ${json.aggregate(checkIn(), Prisma.sql`c."submittedAt", c."id"`)} FROM "CheckInResponse" c WHERE c."roundId" = rd."id")`;
  const round = json.object({ period: Prisma.sql`rd."period"`, status: Prisma.sql`rd."status"`, opensAt: json.instant(Prisma.sql`rd."opensAt"`), responses });
  const rounds = Prisma.sql`(SELECT ${json.aggregate(round, Prisma.sql`rd."opensAt" DESC, rd."id"`)}
    FROM (SELECT "id", "period", "status", "opensAt" FROM "Round" WHERE "partnershipId" = ${id()} ORDER BY "opensAt" DESC LIMIT ${Prisma.raw(String(RECENT_ROUNDS))}) AS rd)`;

  const loose = Prisma.sql`(SELECT ${json.aggregate(checkIn(), Prisma.sql`c."submittedAt" DESC, c."id" DESC`)}
    FROM (SELECT "id", "personId", "status", "highlights", "blockers", "needs", "submittedAt" FROM "CheckInResponse"
      WHERE "partnershipId" = ${id()} AND "roundId" IS NULL ORDER BY "submittedAt" DESC, "id" DESC LIMIT ${Prisma.raw(String(LOOSE_RESPONSES))}) AS c)`;

  const failure = json.object({ platform: Prisma.sql`f."platform"`, workspaceId: Prisma.sql`f."workspaceId"`, kind: Prisma.sql`f."kind"`, error: Prisma.sql`COALESCE(f."error", '')` });
  const failed = Prisma.sql`(SELECT ${json.aggregate(failure, Prisma.sql`f."id" DESC`)}
    FROM (SELECT "id", "platform", "workspaceId", "kind", "error" FROM "Prompt" WHERE "partnershipId" = ${id()} AND "status" = 'failed' ORDER BY "id" DESC LIMIT ${Prisma.raw(String(FAILED_DELIVERIES))}) AS f)`;

  // The first metrics with a reading, each with its newest readings, oldest first (an index range each).
  const readings = Prisma.sql`(SELECT ${json.aggregate(reading("r"), Prisma.sql`r."recordedAt", r."id"`)}
    FROM (SELECT "id", "value", "recordedAt" FROM "MetricReading" WHERE "metricId" = m."id" ORDER BY "recordedAt" DESC, "id" DESC LIMIT ${parameter("historyReadings")}) AS r)`;
  const history = json.object({ name: Prisma.sql`m."name"`, unit: Prisma.sql`m."unit"`, baseline: Prisma.sql`m."baseline"`, target: Prisma.sql`m."target"`, dueOn: Prisma.sql`m."dueOn"`, readings });
  const histories = Prisma.sql`(SELECT ${json.aggregate(history, Prisma.sql`m."id"`)}
    FROM (SELECT "id", "name", "unit", "baseline", "target", "dueOn" FROM "Metric" WHERE "partnershipId" = ${id()} AND "retiredAt" IS NULL
      AND EXISTS (SELECT 1 FROM "MetricReading" e WHERE e."metricId" = "Metric"."id") ORDER BY "id" LIMIT ${parameter("historyMetrics")}) AS m)`;

  return Prisma.sql`SELECT
    (SELECT COUNT(*) FROM "Partner" WHERE "partnershipId" = ${id()}) AS "partnerCount",
    (SELECT COUNT(*) FROM "Liaison" l JOIN "Partner" pa ON pa."id" = l."partnerId" WHERE pa."partnershipId" = ${id()}) AS "liaisonCount",
    (SELECT MAX("version") FROM "Charter" WHERE "partnershipId" = ${id()}) AS "charterVersion",
    ${json.text(schedule)} AS "schedule",
    ${json.text(metrics)} AS "metrics",
    ${json.text(milestones)} AS "milestones",
    ${json.text(rounds)} AS "rounds",
    ${json.text(loose)} AS "loose",
    ${json.text(failed)} AS "failed",
    ${withHistories ? json.text(histories) : Prisma.sql`NULL`} AS "histories"`;
}

function toSnapshot(row: SnapshotRow): StatusSnapshot {
  const schedule = row.schedule === null ? null : (JSON.parse(row.schedule) as { weekday: number; localTime: string; timezone: string; cadence: string; nextRoundAt: Instant | null });
  const metrics = JSON.parse(row.metrics) as { name: string; unit: string; baseline: number; target: number; direction: string; dueOn: string | null; createdAt: Instant; latest: Reading | null }[];
  const rounds = JSON.parse(row.rounds) as { period: string; status: string; opensAt: Instant; responses: CheckInJson[] }[];
  const histories = row.histories === null ? [] : (JSON.parse(row.histories) as (Omit<MetricReadingHistory, "readings"> & { readings: Reading[] })[]);
  return {
    partnerCount: Number(row.partnerCount),
    liaisonCount: Number(row.liaisonCount),
    metrics: metrics.map(({ latest, ...metric }) => ({
      ...metric,
      baseline: Number(metric.baseline),
      target: Number(metric.target),
      createdAt: new Date(metric.createdAt),
      current: latest === null ? null : Number(latest[0]),
      readAt: latest === null ? null : new Date(latest[1]),
    })),
    openMilestones: JSON.parse(row.milestones) as StatusSnapshot["openMilestones"],
    recentRounds: rounds.map((round) => ({ period: round.period, status: round.status, opensAt: new Date(round.opensAt), responses: round.responses.map(toSummary) })),
    looseResponses: (JSON.parse(row.loose) as CheckInJson[]).map(toSummary),
    failedDeliveries: JSON.parse(row.failed) as FailedDelivery[],
    schedule: schedule === null ? null : { ...schedule, weekday: Number(schedule.weekday), nextRoundAt: schedule.nextRoundAt === null ? null : new Date(schedule.nextRoundAt) },
    charterVersion: row.charterVersion === null ? null : Number(row.charterVersion),
    readingHistories: histories.map((history) => ({
      ...history,
      baseline: Number(history.baseline),
      target: Number(history.target),
      readings: history.readings.map(([value, recordedAt]) => ({ value: Number(value), recordedAt: new Date(recordedAt) })),
    })),
  };
}
