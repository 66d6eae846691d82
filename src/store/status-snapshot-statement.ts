import { Prisma } from "../generated/sqlite/client.js";
import type { JsonSql } from "./json-sql.js";

export type SnapshotParameter = "partnershipId" | "viewerPlatform" | "viewerWorkspaceId" | "historyMetrics" | "historyReadings";

const RECENT_ROUNDS = 4;
const LOOSE_RESPONSES = 10;
const FAILED_DELIVERIES = 200;

/**
 * The one statement behind a status snapshot (status-repository.ts): a row of counts and JSON
 * lists, each list an index lookup or range on the partnership, its rounds or its metrics.
 */
export function snapshotStatement(json: JsonSql, parameter: (name: SnapshotParameter) => Prisma.Sql, withHistories: boolean): Prisma.Sql {
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
  const reading = json.array([Prisma.sql`r."value"`, json.instant(Prisma.sql`r."recordedAt"`)]);

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
    latest: Prisma.sql`(SELECT ${reading} FROM "MetricReading" r WHERE r."metricId" = m."id" ORDER BY r."recordedAt" DESC, r."id" DESC LIMIT 1)`,
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
  const readings = Prisma.sql`(SELECT ${json.aggregate(reading, Prisma.sql`r."recordedAt", r."id"`)}
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
