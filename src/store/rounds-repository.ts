import { Prisma } from "../generated/sqlite/client.js";
import type { Database } from "./create-database.js";
import { jsonRows } from "./json-rows.js";
import { PREPARED } from "./prepared-statements.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";
import type { ScheduleRecord } from "./schedules-repository.js";

export interface ScheduledPartnership extends ScheduleRecord {
  scheduleId: number;
  partnershipId: number;
}

export interface Audience {
  partnership: { id: number; platform: string; workspaceId: string; handle: string; name: string };
  liaisons: { personId: number; displayName: string; identities: { platform: string; workspaceId: string; userId: string }[] }[];
  links: { platform: string; workspaceId: string; channelId: string; purpose: string }[];
  blackouts: { startsOn: string; endsOn: string }[];
  absences: { personId: number; startsOn: string; endsOn: string }[];
}

/** What one due schedule turns into: where its cursor moves, and the round to open (none in a blackout). */
export interface RoundPlan {
  scheduleId: number;
  partnershipId: number;
  nextRoundAt: Date;
  round: { period: string; opensAt: Date; remindAt: Date; closesAt: Date; outbox: (roundId: number) => EnqueueInput[] } | null;
}

/** An integer column read by raw SQL (SQLite's driver may give a bigint). */
type Id = number | bigint;

/** A schedule as raw SQL reads it: integers may be bigints, the cursor a Date, its stored text or null. */
type ScheduleRow = { id: Id; partnershipId: Id; weekday: Id; localTime: string; timezone: string; cadence: string; closeAfterHours: Id; reminderBeforeHours: Id; nextRoundAt: Date | string | null };

/** Rounds and their cursors: which schedules are due, and opening their rounds exactly once. */
export class RoundsRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Active partnerships whose schedule the scheduler has not placed yet (new ones). */
  findUnplaced(limit: number): Promise<ScheduledPartnership[]> {
    return this.activeSchedules(Prisma.sql`s."nextRoundAt" IS NULL`, limit);
  }

  /** Places cursors that are still unplaced (a concurrent scheduler may have done it: same value). */
  async place(entries: readonly { scheduleId: number; nextRoundAt: Date }[]): Promise<void> {
    const byCursor = new Map<number, number[]>();
    for (const entry of entries) {
      const ids = byCursor.get(entry.nextRoundAt.getTime());
      if (ids === undefined) byCursor.set(entry.nextRoundAt.getTime(), [entry.scheduleId]);
      else ids.push(entry.scheduleId);
    }
    for (const [cursor, ids] of byCursor) {
      await this.db.schedule.updateMany({ where: { id: { in: ids }, nextRoundAt: null }, data: { nextRoundAt: new Date(cursor) } });
    }
  }

  /** Active partnerships whose cursor has come due, in schedule id order after `afterId`. */
  findDue(now: Date, afterId: number, limit: number): Promise<ScheduledPartnership[]> {
    return this.activeSchedules(Prisma.sql`s."id" > ${afterId} AND s."nextRoundAt" <= ${now}`, limit);
  }

  /**
   * Schedules of active partnerships that match `condition`, in id order. Raw SQL with EXISTS:
   * Prisma's relation filter is an IN over every active partnership, which SQLite's planner read
   * first and sorted (3.3 ms for a chunk of 400 at 10,000 partnerships, and every tick asks for the
   * unplaced ones); this walks the schedules and looks up each one's partnership (1 ms).
   */
  private async activeSchedules(condition: Prisma.Sql, limit: number): Promise<ScheduledPartnership[]> {
    const rows = await this.db.$queryRaw<ScheduleRow[]>`${PREPARED}SELECT s."id", s."partnershipId", s."weekday", s."localTime", s."timezone", s."cadence", s."closeAfterHours", s."reminderBeforeHours", s."nextRoundAt"
      FROM "Schedule" s
      WHERE ${condition} AND EXISTS (SELECT 1 FROM "Partnership" p WHERE p."id" = s."partnershipId" AND p."status" = 'active')
      ORDER BY s."id" LIMIT ${limit}`;
    return rows.map((row) => ({
      scheduleId: Number(row.id),
      partnershipId: Number(row.partnershipId),
      weekday: Number(row.weekday),
      localTime: row.localTime,
      timezone: row.timezone,
      cadence: row.cadence,
      closeAfterHours: Number(row.closeAfterHours),
      reminderBeforeHours: Number(row.reminderBeforeHours),
      nextRoundAt: row.nextRoundAt === null ? null : new Date(row.nextRoundAt),
    }));
  }

  /**
   * Who gets each partnership's prompts, and which days are off, for a chunk of partnerships: four
   * plain SELECTs (the liaisons with their identities in one join), whatever the chunk's size.
   */
  async loadAudiences(partnershipIds: readonly number[]): Promise<Map<number, Audience>> {
    if (partnershipIds.length === 0) return new Map();
    const ids = Prisma.join([...partnershipIds]);
    const [partnerships, liaisons, links, offDays] = await Promise.all([
      this.db.$queryRaw<{ id: Id; platform: string; workspaceId: string; handle: string; name: string }[]>`SELECT "id", "platform", "workspaceId", "handle", "name" FROM "Partnership" WHERE "id" IN (${ids})`,
      this.db.$queryRaw<{ partnershipId: Id; personId: Id; displayName: string; platform: string | null; workspaceId: string | null; userId: string | null }[]>`
        SELECT "Partner"."partnershipId", "Person"."id" AS "personId", "Person"."displayName", "ChatIdentity"."platform", "ChatIdentity"."workspaceId", "ChatIdentity"."userId"
        FROM "Liaison" JOIN "Partner" ON "Partner"."id" = "Liaison"."partnerId" JOIN "Person" ON "Person"."id" = "Liaison"."personId"
        LEFT JOIN "ChatIdentity" ON "ChatIdentity"."personId" = "Person"."id"
        WHERE "Partner"."partnershipId" IN (${ids}) ORDER BY "Liaison"."id", "ChatIdentity"."id"`,
      this.db.$queryRaw<{ partnershipId: Id; platform: string; workspaceId: string; channelId: string; purpose: string }[]>`
        SELECT "partnershipId", "platform", "workspaceId", "channelId", "purpose" FROM "ChannelLink" WHERE "partnershipId" IN (${ids}) ORDER BY "id"`,
      // Blackouts (personId NULL) and absences in one read.
      this.db.$queryRaw<{ partnershipId: Id; personId: Id | null; startsOn: string; endsOn: string }[]>`
        SELECT "partnershipId", NULL AS "personId", "startsOn", "endsOn" FROM "Blackout" WHERE "partnershipId" IN (${ids})
        UNION ALL SELECT "partnershipId", "personId", "startsOn", "endsOn" FROM "Absence" WHERE "partnershipId" IN (${ids})`,
    ]);
    const audiences = new Map<number, Audience>(
      partnerships.map(({ id, ...partnership }) => [Number(id), { partnership: { id: Number(id), ...partnership }, liaisons: [], links: [], blackouts: [], absences: [] }]),
    );
    // Rows come in liaison order, one per identity; a person who is liaison for two partners of one
    // partnership counts once, with their identities once each.
    for (const row of liaisons) {
      const partnershipId = Number(row.partnershipId);
      const personId = Number(row.personId);
      const audience = audiences.get(partnershipId);
      if (audience === undefined) continue;
      let liaison = audience.liaisons.find((known) => known.personId === personId);
      if (liaison === undefined) {
        liaison = { personId, displayName: row.displayName, identities: [] };
        audience.liaisons.push(liaison);
      }
      if (row.platform !== null && !liaison.identities.some((known) => known.platform === row.platform && known.workspaceId === row.workspaceId && known.userId === row.userId)) {
        liaison.identities.push({ platform: row.platform, workspaceId: row.workspaceId!, userId: row.userId! });
      }
    }
    for (const { partnershipId, ...link } of links) audiences.get(Number(partnershipId))?.links.push(link);
    for (const { partnershipId, personId, startsOn, endsOn } of offDays) {
      const audience = audiences.get(Number(partnershipId));
      if (personId === null) audience?.blackouts.push({ startsOn, endsOn });
      else audience?.absences.push({ personId: Number(personId), startsOn, endsOn });
    }
    return audiences;
  }

  /**
   * In one transaction: moves each cursor only if it is still due (the conditional UPDATE is what
   * makes a second scheduler find nothing to do), inserts the rounds (the unique (partnership,
   * period) key skips one that exists) and their outbox rows. Returns how many rounds it opened.
   */
  async open(now: Date, plans: readonly RoundPlan[]): Promise<number> {
    if (plans.length === 0) return 0;
    return this.db.$transaction(
      async (tx) => {
        const won = new Set<number>();
        const byNext = new Map<number, RoundPlan[]>();
        for (const plan of plans) {
          const group = byNext.get(plan.nextRoundAt.getTime());
          if (group === undefined) byNext.set(plan.nextRoundAt.getTime(), [plan]);
          else group.push(plan);
        }
        for (const [next, group] of byNext) {
          const rows = await tx.$queryRaw<{ id: number | bigint }[]>`UPDATE "Schedule" SET "nextRoundAt" = ${new Date(next)}
            WHERE "id" IN (${Prisma.join(group.map((plan) => plan.scheduleId))}) AND "nextRoundAt" <= ${now} RETURNING "id"`;
          for (const row of rows) won.add(Number(row.id));
        }
        const toOpen = plans.filter((plan) => plan.round !== null && won.has(plan.scheduleId));
        if (toOpen.length === 0) return 0;
        const rounds = toOpen.map(({ partnershipId, round }) => [partnershipId, round!.period, round!.opensAt, round!.remindAt, round!.closesAt]);
        const columns = { partnershipId: "integer", period: "text", opensAt: "timestamp", remindAt: "timestamp", closesAt: "timestamp" } as const;
        const created = await tx.$queryRaw<{ id: Id; partnershipId: Id }[]>`INSERT INTO "Round" ("partnershipId", "period", "opensAt", "remindAt", "closesAt", "status", "createdAt")
          SELECT "partnershipId", "period", "opensAt", "remindAt", "closesAt", 'open', ${now} FROM ${jsonRows(this.outbox.flavor, columns, rounds)} AS "plan"
          WHERE true ON CONFLICT ("partnershipId", "period") DO NOTHING RETURNING "id", "partnershipId"`;
        const planByPartnership = new Map(toOpen.map((plan) => [plan.partnershipId, plan]));
        const outbox = created.flatMap((row) => planByPartnership.get(Number(row.partnershipId))!.round!.outbox(Number(row.id)));
        await this.outbox.enqueueAll(outbox, tx);
        return created.length;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** After opening many rounds at once, so the outbox's claims are planned for the rows just queued. */
  refreshOutboxStatistics(): Promise<void> {
    return this.outbox.refreshPlannerStatistics();
  }

  /** Moves a cursor (schedule changed, partnership resumed): the next round is the first after now. */
  async moveCursor(partnershipId: number, nextRoundAt: Date | null): Promise<void> {
    await this.db.schedule.updateMany({ where: { partnershipId }, data: { nextRoundAt } });
  }
}
