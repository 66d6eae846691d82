import { CHECK_IN_STATUSES, type CheckInStatus } from "../domain/vocabulary.js";
import { Prisma } from "../generated/sqlite/client.js";
import type { Database, DatabaseFlavor } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { portfolioWhere, type PortfolioFilter } from "./portfolio-where.js";

export type { PortfolioFilter } from "./portfolio-where.js";

/** One partnership of a portfolio with what its health is assessed from, read in bulk. */
export interface PortfolioEntry {
  id: number;
  handle: string;
  name: string;
  status: string;
  programModels: string[];
  timezone: string;
  nextRoundAt: Date | null;
  lastCheckInAt: Date | null;
  liaisonCount: number;
  metrics: { name: string; baseline: number; target: number; current: number | null; dueOn: string | null; createdAt: Date }[];
  /** Open milestones due by tomorrow (UTC): the overdue ones in any time zone are among them. */
  openMilestones: { title: string; dueOn: string }[];
  /** The most recent rounds (at most RECENT_ROUNDS), newest first, with how their check-ins went. */
  recentRounds: { id: number; period: string; opensAt: Date; answered: number; statuses: Record<CheckInStatus, number> }[];
  /** Check-ins outside rounds, newest first (at most 10, as `status` reads them). */
  looseResponses: { personId: number; status: CheckInStatus; submittedAt: Date }[];
}

// As StatusRepository: the response rate and the latest word come from the last four rounds.
const RECENT_ROUNDS = 4;
const LOOSE_RESPONSES = 10;
// Under SQLite's oldest cap on bound parameters (999), which Prisma's driver adapter enforces.
const ID_CHUNK = 900;

type Raw<T> = { [K in keyof T]: unknown };
const asDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string | number | Date));
const asNumber = (value: unknown): number => Number(value);

/**
 * A whole portfolio's health inputs in a fixed number of queries, however many partnerships:
 * a coordinator of 10,000 partnerships gets one row set per table, each read through an index.
 */
export class PortfolioRepository {
  constructor(
    private readonly db: Database,
    private readonly flavor: DatabaseFlavor,
  ) {}

  /** Every partnership the filter matches, with its health inputs, in no particular order. */
  async load(filter: PortfolioFilter, tomorrow: string): Promise<PortfolioEntry[]> {
    const where = portfolioWhere(filter);
    const [partnerships, liaisons, metrics, milestones, rounds, loose] = await Promise.all([
      this.db.$queryRaw<Raw<{ id: number; handle: string; name: string; status: string; programModels: string; timezone: string; nextRoundAt: Date; lastCheckInAt: Date }>[]>`
        SELECT p."id", p."handle", p."name", p."status", p."programModels", p."timezone", s."nextRoundAt",
          (SELECT MAX(c."submittedAt") FROM "CheckInResponse" c WHERE c."partnershipId" = p."id") AS "lastCheckInAt"
        FROM "Partnership" p LEFT JOIN "Schedule" s ON s."partnershipId" = p."id" WHERE ${where}`,
      this.db.$queryRaw<Raw<{ partnershipId: number; liaisons: number }>[]>`
        SELECT pa."partnershipId", COUNT(*) AS "liaisons" FROM "Liaison" li JOIN "Partner" pa ON pa."id" = li."partnerId"
        WHERE pa."partnershipId" IN (SELECT p."id" FROM "Partnership" p WHERE ${where}) GROUP BY pa."partnershipId"`,
      this.db.$queryRaw<Raw<{ partnershipId: number; name: string; baseline: number; target: number; current: number; dueOn: string; createdAt: Date }>[]>`
        SELECT m."partnershipId", m."name", m."baseline", m."target", m."dueOn", m."createdAt",
          (SELECT r."value" FROM "MetricReading" r WHERE r."metricId" = m."id" ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1) AS "current"
        FROM "Metric" m WHERE m."retiredAt" IS NULL AND m."partnershipId" IN (SELECT p."id" FROM "Partnership" p WHERE ${where}) ORDER BY m."id"`,
      this.db.$queryRaw<Raw<{ partnershipId: number; title: string; dueOn: string }>[]>`
        SELECT ms."partnershipId", ms."title", ms."dueOn" FROM "Milestone" ms
        WHERE ms."doneAt" IS NULL AND ms."dueOn" < ${tomorrow} AND ms."partnershipId" IN (SELECT p."id" FROM "Partnership" p WHERE ${where})
        ORDER BY ms."dueOn"`,
      this.loadRecentRounds(where),
      this.db.$queryRaw<Raw<{ partnershipId: number; personId: number; status: string; submittedAt: Date }>[]>`
        SELECT c."partnershipId", c."personId", c."status", c."submittedAt" FROM "CheckInResponse" c
        WHERE c."roundId" IS NULL AND c."partnershipId" IN (SELECT p."id" FROM "Partnership" p WHERE ${where})
        ORDER BY c."submittedAt" DESC`,
    ]);
    const entries = new Map<number, PortfolioEntry>();
    for (const row of partnerships) {
      const programModels = String(row.programModels);
      entries.set(asNumber(row.id), {
        id: asNumber(row.id),
        handle: String(row.handle),
        name: String(row.name),
        status: String(row.status),
        programModels: programModels === "" ? [] : programModels.split(","),
        timezone: String(row.timezone),
        nextRoundAt: asDate(row.nextRoundAt),
        lastCheckInAt: asDate(row.lastCheckInAt),
        liaisonCount: 0,
        metrics: [],
        openMilestones: [],
        recentRounds: [],
        looseResponses: [],
      });
    }
    const entry = (id: unknown) => entries.get(asNumber(id));
    for (const row of liaisons) {
      const found = entry(row.partnershipId);
      if (found !== undefined) found.liaisonCount = asNumber(row.liaisons);
    }
    for (const row of metrics) {
      entry(row.partnershipId)?.metrics.push({
        name: String(row.name),
        baseline: asNumber(row.baseline),
        target: asNumber(row.target),
        current: row.current === null ? null : asNumber(row.current),
        dueOn: row.dueOn === null ? null : String(row.dueOn),
        createdAt: asDate(row.createdAt)!,
      });
    }
    for (const row of milestones) entry(row.partnershipId)?.openMilestones.push({ title: String(row.title), dueOn: String(row.dueOn) });
    for (const row of rounds) entry(row.partnershipId)?.recentRounds.push(row.round);
    for (const row of loose) {
      const found = entry(row.partnershipId);
      if (found !== undefined && found.looseResponses.length < LOOSE_RESPONSES) {
        found.looseResponses.push({ personId: asNumber(row.personId), status: String(row.status) as CheckInStatus, submittedAt: asDate(row.submittedAt)! });
      }
    }
    for (const found of entries.values()) found.recentRounds.sort((a, b) => b.opensAt.getTime() - a.opensAt.getTime());
    return [...entries.values()];
  }

  /**
   * A value that changes whenever anything a portfolio's health is read from may have changed:
   * the newest id of each table it reads, and of the audit log, which every in-place change
   * (a replaced check-in, a milestone done, a liaison removed, a status change) writes to.
   */
  async fingerprint(): Promise<string> {
    const tables = ["AuditEntry", "Partnership", "Partner", "Liaison", "Metric", "MetricReading", "Milestone", "Round", "CheckInResponse", "ChannelLink"];
    const columns = tables.map((table) => `(SELECT MAX("id") FROM "${table}") AS "${table}"`).join(", ");
    const [row] = await this.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${columns}`);
    return tables.map((table) => String(row?.[table] ?? 0)).join(":");
  }

  /** Ids of the partnerships the filter matches. */
  async matchingIds(filter: PortfolioFilter): Promise<Set<number>> {
    const rows = await this.db.$queryRaw<{ id: unknown }[]>`SELECT p."id" FROM "Partnership" p WHERE ${portfolioWhere(filter)}`;
    return new Set(rows.map((row) => asNumber(row.id)));
  }

  /** The kinds of organisation in each partnership, for the rows on one page. */
  async partnerKinds(partnershipIds: readonly number[]): Promise<Map<number, string[]>> {
    const kinds = new Map<number, string[]>();
    if (partnershipIds.length === 0) return kinds;
    const rows = [];
    // Databases cap bound parameters per query: a CSV of a whole portfolio goes in chunks.
    for (let start = 0; start < partnershipIds.length; start += ID_CHUNK) {
      const chunk = partnershipIds.slice(start, start + ID_CHUNK);
      rows.push(...(await this.db.$queryRaw<Raw<{ partnershipId: number; kind: string }>[]>`
        SELECT pa."partnershipId", o."kind" FROM "Partner" pa JOIN "Organization" o ON o."id" = pa."organizationId"
        WHERE pa."partnershipId" IN (${Prisma.join(chunk)}) ORDER BY pa."id"`));
    }
    for (const row of rows) {
      const id = asNumber(row.partnershipId);
      const list = kinds.get(id) ?? [];
      if (!list.includes(String(row.kind))) list.push(String(row.kind));
      kinds.set(id, list);
    }
    return kinds;
  }

  /** Each person's check-in in these rounds, for partnerships whose latest word mixes rounds and loose check-ins. */
  async roundResponses(roundIds: readonly number[]): Promise<Map<number, { personId: number; status: CheckInStatus; submittedAt: Date }[]>> {
    const byRound = new Map<number, { personId: number; status: CheckInStatus; submittedAt: Date }[]>();
    if (roundIds.length === 0) return byRound;
    const rows = [];
    for (let start = 0; start < roundIds.length; start += ID_CHUNK) {
      const chunk = roundIds.slice(start, start + ID_CHUNK);
      rows.push(...(await this.db.checkInResponse.findMany({ where: { roundId: { in: chunk } }, orderBy: { submittedAt: "asc" }, select: { roundId: true, personId: true, status: true, submittedAt: true } })));
    }
    for (const row of rows) byRound.set(row.roundId!, [...(byRound.get(row.roundId!) ?? []), { personId: row.personId, status: row.status as CheckInStatus, submittedAt: row.submittedAt }]);
    return byRound;
  }

  /**
   * The last rounds of each partnership with their answers counted by status. A partnership's
   * periods are the local days its rounds open, so the (partnershipId, period) index gives them in
   * the order they opened. SQLite reads them with a correlated IN; PostgreSQL with LATERAL, since
   * its planner would otherwise join every round before limiting.
   */
  private async loadRecentRounds(where: Prisma.Sql): Promise<{ partnershipId: number; round: PortfolioEntry["recentRounds"][number] }[]> {
    const counts = Prisma.sql`(SELECT COUNT(*) FROM "CheckInResponse" c WHERE c."roundId" = r."id") AS "answered",
      (SELECT COUNT(*) FROM "CheckInResponse" c WHERE c."roundId" = r."id" AND c."status" = 'at-risk') AS "atRisk",
      (SELECT COUNT(*) FROM "CheckInResponse" c WHERE c."roundId" = r."id" AND c."status" = 'off-track') AS "offTrack"`;
    const rows =
      this.flavor === "postgres"
        ? await this.db.$queryRaw<Raw<{ partnershipId: number; id: number; period: string; opensAt: Date; answered: number; atRisk: number; offTrack: number }>[]>`
            SELECT p."id" AS "partnershipId", r."id", r."period", r."opensAt", ${counts} FROM "Partnership" p
            CROSS JOIN LATERAL (SELECT r2."id", r2."period", r2."opensAt" FROM "Round" r2 WHERE r2."partnershipId" = p."id" ORDER BY r2."period" DESC LIMIT ${RECENT_ROUNDS}) r
            WHERE ${where}`
        : await this.db.$queryRaw<Raw<{ partnershipId: number; id: number; period: string; opensAt: Date; answered: number; atRisk: number; offTrack: number }>[]>`
            SELECT p."id" AS "partnershipId", r."id", r."period", r."opensAt", ${counts} FROM "Partnership" p
            JOIN "Round" r ON r."id" IN (SELECT r2."id" FROM "Round" r2 WHERE r2."partnershipId" = p."id" ORDER BY r2."period" DESC LIMIT ${RECENT_ROUNDS})
            WHERE ${where}`;
    return rows.map((row) => {
      const answered = asNumber(row.answered);
      const atRisk = asNumber(row.atRisk);
      const offTrack = asNumber(row.offTrack);
      const statuses = Object.fromEntries(CHECK_IN_STATUSES.map((status) => [status, 0])) as Record<CheckInStatus, number>;
      Object.assign(statuses, { "on-track": answered - atRisk - offTrack, "at-risk": atRisk, "off-track": offTrack });
      return { partnershipId: asNumber(row.partnershipId), round: { id: asNumber(row.id), period: String(row.period), opensAt: asDate(row.opensAt)!, answered, statuses } };
    });
  }
}

export type { Workspace };
