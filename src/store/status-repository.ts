import type { FailedDelivery } from "../domain/describe-delivery-problems.js";
import type { CheckInStatus } from "../domain/vocabulary.js";
import type { Prisma } from "../generated/sqlite/client.js";
import type { Database, DatabaseFlavor } from "./create-database.js";
import { jsonSql } from "./json-sql.js";
import type { MetricReadingHistory } from "./metrics-repository.js";
import type { Workspace } from "./partnerships-repository.js";
import { defineStatement } from "./prepared-statements.js";
import { snapshotStatement, type SnapshotParameter } from "./status-snapshot-statement.js";

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

type Statement = (values: Readonly<Record<SnapshotParameter, unknown>>) => Prisma.Sql;

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
    this.statement = defineStatement<SnapshotParameter>((parameter) => snapshotStatement(json, parameter, false));
    this.statementWithHistories = defineStatement<SnapshotParameter>((parameter) => snapshotStatement(json, parameter, true));
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
