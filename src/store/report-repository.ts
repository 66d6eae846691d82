import { Prisma } from "../generated/sqlite/client.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import type { TermGoal } from "./terms-repository.js";

/** A report's window: calendar days for day-valued columns, instants for time-valued ones. */
export interface ReportWindow {
  from: string;
  to: string;
  /** The first instant of `from` in the report's time zone. */
  start: Date;
  /** The first instant after `to`. */
  end: Date;
}

export interface PartnershipReportData {
  liaisons: number;
  metrics: { name: string; unit: string; baseline: number; target: number; direction: string; dueOn: string | null; retiredAt: Date | null; before: number | null; readings: { value: number; recordedAt: Date }[] }[];
  milestones: { title: string; dueOn: string; doneAt: Date | null }[];
  rounds: { period: string; answered: number }[];
  highlights: { text: string; person: string; submittedAt: Date }[];
  reflections: { body: string; person: string; round: string | null; createdAt: Date }[];
  /** Answers newest first. */
  questions: { prompt: string; kind: string; options: string[]; removedAt: Date | null; answers: { numberValue: number | null; textValue: string | null; person: string; submittedAt: Date }[] }[];
  surveys: { title: string; anonymous: boolean; sentAt: Date | null; responses: number }[];
  partners: { organization: string; kind: string; role: string; commitments: string; assets: { kind: string; description: string; quantity: number | null }[] }[];
}

export interface ProgramReportData {
  partnerships: { id: number; handle: string; name: string; status: string }[];
  metrics: { partnershipId: number; baseline: number; target: number; latest: number | null }[];
  milestones: Map<number, { reached: number; open: number }>;
  /** Rounds opened and check-ins answered, per partnership and month ("2026-09"). */
  roundsByMonth: { partnershipId: number; month: string; rounds: number; answered: number }[];
  liaisons: Map<number, number>;
  assets: Map<number, number>;
  surveyResponses: Map<number, number>;
  reflections: Map<number, number>;
}

const toNumber = (value: number | bigint | string | null): number => (value === null ? 0 : Number(value));

function countsById(rows: { partnershipId: number | bigint; count: number | bigint }[]): Map<number, number> {
  return new Map(rows.map((row) => [Number(row.partnershipId), Number(row.count)]));
}

/** What reports read: one partnership in detail, or every partnership a workspace sees, aggregated in SQL. */
export class ReportRepository {
  constructor(private readonly db: Database) {}

  /**
   * A partnership's figures over the window. `goals` (a past term's, by metric id) replaces each
   * metric's baseline, target and due date, and leaves out metrics added after that term.
   */
  async loadPartnership(partnershipId: number, window: ReportWindow, goals?: ReadonlyMap<number, TermGoal>): Promise<PartnershipReportData> {
    const inRange = { gte: window.start, lt: window.end };
    const [liaisons, metrics, milestones, rounds, highlights, reflections, questions, surveys, partners] = await Promise.all([
      this.db.liaison.count({ where: { partner: { partnershipId } } }),
      this.db.metric.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        select: { id: true, name: true, unit: true, baseline: true, target: true, direction: true, dueOn: true, retiredAt: true, readings: { where: { recordedAt: inRange }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }], select: { value: true, recordedAt: true } } },
      }),
      this.db.milestone.findMany({
        where: { partnershipId, OR: [{ doneAt: inRange }, { doneAt: null, dueOn: { gte: window.from, lte: window.to } }] },
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        select: { title: true, dueOn: true, doneAt: true },
      }),
      this.db.round.findMany({ where: { partnershipId, opensAt: inRange }, orderBy: { opensAt: "asc" }, select: { period: true, _count: { select: { responses: true } } } }),
      this.db.checkInResponse.findMany({
        where: { partnershipId, submittedAt: inRange, highlights: { not: "" } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: { highlights: true, submittedAt: true, person: { select: { displayName: true } } },
      }),
      this.db.reflection.findMany({
        where: { partnershipId, createdAt: inRange, deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { body: true, createdAt: true, person: { select: { displayName: true } }, round: { select: { period: true } } },
      }),
      this.db.checkInQuestion.findMany({
        where: { partnershipId, OR: [{ removedAt: null }, { answers: { some: { response: { submittedAt: inRange } } } }] },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          prompt: true,
          kind: true,
          options: true,
          removedAt: true,
          answers: {
            where: { response: { submittedAt: inRange } },
            orderBy: [{ response: { submittedAt: "desc" } }, { id: "desc" }],
            select: { numberValue: true, textValue: true, response: { select: { submittedAt: true, person: { select: { displayName: true } } } } },
          },
        },
      }),
      this.db.survey.findMany({
        where: { partnershipId, status: { not: "draft" } },
        orderBy: { id: "asc" },
        select: { title: true, anonymous: true, sentAt: true, _count: { select: { responses: { where: { submittedOn: { gte: window.from, lte: window.to } } } } } },
      }),
      this.db.partner.findMany({
        where: { partnershipId },
        orderBy: { id: "asc" },
        select: { role: true, commitments: true, organization: { select: { name: true, kind: true } }, assets: { orderBy: { id: "asc" }, select: { kind: true, description: true, quantity: true } } },
      }),
    ]);
    // The latest reading before the window is where the metric stood when the range began.
    const before = await Promise.all(
      metrics.map((metric) => this.db.metricReading.findFirst({ where: { metricId: metric.id, recordedAt: { lt: window.start } }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }], select: { value: true } })),
    );
    const withGoals = metrics.map(({ id, ...metric }, index) => ({ id, metric: { ...metric, ...goals?.get(id), before: before[index]?.value ?? null } }));
    return {
      liaisons,
      metrics: withGoals.filter(({ id }) => goals === undefined || goals.has(id)).map(({ metric }) => metric),
      milestones,
      rounds: rounds.map((round) => ({ period: round.period, answered: round._count.responses })),
      highlights: highlights.map((row) => ({ text: row.highlights, person: row.person.displayName, submittedAt: row.submittedAt })),
      reflections: reflections.map((row) => ({ body: row.body, person: row.person.displayName, round: row.round?.period ?? null, createdAt: row.createdAt })),
      questions: questions.map((question) => ({
        prompt: question.prompt,
        kind: question.kind,
        options: question.options === "" ? [] : (JSON.parse(question.options) as string[]),
        removedAt: question.removedAt,
        answers: question.answers.map((answer) => ({ numberValue: answer.numberValue, textValue: answer.textValue, person: answer.response.person.displayName, submittedAt: answer.response.submittedAt })),
      })),
      surveys: surveys.filter((survey) => survey.sentAt === null || survey.sentAt < window.end).map((survey) => ({ title: survey.title, anonymous: survey.anonymous, sentAt: survey.sentAt, responses: survey._count.responses })),
      partners: partners.map((partner) => ({ organization: partner.organization.name, kind: partner.organization.kind, role: partner.role, commitments: partner.commitments, assets: partner.assets })),
    };
  }

  /**
   * Every partnership the workspace sees, each reduced to counts in SQL (grouped, one pass per
   * table), so a program of thousands of partnerships reads a few thousand rows, not millions.
   */
  async loadProgram(workspace: Workspace, window: ReportWindow): Promise<ProgramReportData> {
    const visible = Prisma.sql`SELECT p."id" FROM "Partnership" p WHERE (p."platform" = ${workspace.platform} AND p."workspaceId" = ${workspace.workspaceId})
      OR EXISTS (SELECT 1 FROM "ChannelLink" l WHERE l."partnershipId" = p."id" AND l."platform" = ${workspace.platform} AND l."workspaceId" = ${workspace.workspaceId})`;
    const { start, end, from, to } = window;
    const [partnerships, metrics, milestones, roundsByMonth, liaisons, assets, surveyResponses, reflections] = await Promise.all([
      this.db.$queryRaw<{ id: number | bigint; handle: string; name: string; status: string }[]>`SELECT "id", "handle", "name", "status" FROM "Partnership" WHERE "id" IN (${visible}) ORDER BY "handle"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; baseline: number; target: number; latest: number | null }[]>`
        SELECT m."partnershipId", m."baseline", m."target",
          (SELECT r."value" FROM "MetricReading" r WHERE r."metricId" = m."id" AND r."recordedAt" >= ${start} AND r."recordedAt" < ${end} ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1) AS "latest"
        FROM "Metric" m WHERE m."partnershipId" IN (${visible}) ORDER BY m."id"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; reached: number | bigint | null; open: number | bigint | null }[]>`
        SELECT "partnershipId",
          SUM(CASE WHEN "doneAt" >= ${start} AND "doneAt" < ${end} THEN 1 ELSE 0 END) AS "reached",
          SUM(CASE WHEN "doneAt" IS NULL AND "dueOn" >= ${from} AND "dueOn" <= ${to} THEN 1 ELSE 0 END) AS "open"
        FROM "Milestone" WHERE "partnershipId" IN (${visible}) GROUP BY "partnershipId"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; month: string; rounds: number | bigint; answered: number | bigint }[]>`
        SELECT r."partnershipId", substr(r."period", 1, 7) AS "month", COUNT(DISTINCT r."id") AS "rounds", COUNT(c."id") AS "answered"
        FROM "Round" r LEFT JOIN "CheckInResponse" c ON c."roundId" = r."id"
        WHERE r."opensAt" >= ${start} AND r."opensAt" < ${end} AND r."partnershipId" IN (${visible})
        GROUP BY r."partnershipId", substr(r."period", 1, 7)`,
      this.db.$queryRaw<{ partnershipId: number | bigint; count: number | bigint }[]>`
        SELECT pa."partnershipId", COUNT(l."id") AS "count" FROM "Partner" pa JOIN "Liaison" l ON l."partnerId" = pa."id" WHERE pa."partnershipId" IN (${visible}) GROUP BY pa."partnershipId"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; count: number | bigint }[]>`
        SELECT pa."partnershipId", COUNT(a."id") AS "count" FROM "Partner" pa JOIN "Asset" a ON a."partnerId" = pa."id" WHERE pa."partnershipId" IN (${visible}) GROUP BY pa."partnershipId"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; count: number | bigint }[]>`
        SELECT s."partnershipId", COUNT(sr."id") AS "count" FROM "Survey" s JOIN "SurveyResponse" sr ON sr."surveyId" = s."id"
        WHERE sr."submittedOn" >= ${from} AND sr."submittedOn" <= ${to} AND s."partnershipId" IN (${visible}) GROUP BY s."partnershipId"`,
      this.db.$queryRaw<{ partnershipId: number | bigint; count: number | bigint }[]>`
        SELECT "partnershipId", COUNT(*) AS "count" FROM "Reflection" WHERE "createdAt" >= ${start} AND "createdAt" < ${end} AND "deletedAt" IS NULL AND "partnershipId" IN (${visible}) GROUP BY "partnershipId"`,
    ]);
    return {
      partnerships: partnerships.map((row) => ({ ...row, id: Number(row.id) })),
      metrics: metrics.map((row) => ({ partnershipId: Number(row.partnershipId), baseline: Number(row.baseline), target: Number(row.target), latest: row.latest === null ? null : Number(row.latest) })),
      milestones: new Map(milestones.map((row) => [Number(row.partnershipId), { reached: toNumber(row.reached), open: toNumber(row.open) }])),
      roundsByMonth: roundsByMonth.map((row) => ({ partnershipId: Number(row.partnershipId), month: row.month, rounds: Number(row.rounds), answered: Number(row.answered) })),
      liaisons: countsById(liaisons),
      assets: countsById(assets),
      surveyResponses: countsById(surveyResponses),
      reflections: countsById(reflections),
    };
  }
}
