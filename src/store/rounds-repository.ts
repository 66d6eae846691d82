import { Prisma } from "../generated/sqlite/client.js";
import type { Database } from "./create-database.js";
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

const SCHEDULE_COLUMNS = {
  id: true,
  partnershipId: true,
  weekday: true,
  localTime: true,
  timezone: true,
  cadence: true,
  closeAfterHours: true,
  reminderBeforeHours: true,
  nextRoundAt: true,
} as const;

type ScheduleRow = { id: number } & Omit<ScheduledPartnership, "scheduleId">;

function toScheduled(row: ScheduleRow): ScheduledPartnership {
  const { id, ...rest } = row;
  return { scheduleId: id, ...rest };
}

/** Rounds and their cursors: which schedules are due, and opening their rounds exactly once. */
export class RoundsRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Active partnerships whose schedule the scheduler has not placed yet (new ones). */
  async findUnplaced(limit: number): Promise<ScheduledPartnership[]> {
    const rows = await this.db.schedule.findMany({ where: { nextRoundAt: null, partnership: { status: "active" } }, orderBy: { id: "asc" }, take: limit, select: SCHEDULE_COLUMNS });
    return rows.map(toScheduled);
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
  async findDue(now: Date, afterId: number, limit: number): Promise<ScheduledPartnership[]> {
    const rows = await this.db.schedule.findMany({
      where: { id: { gt: afterId }, nextRoundAt: { lte: now }, partnership: { status: "active" } },
      orderBy: { id: "asc" },
      take: limit,
      select: SCHEDULE_COLUMNS,
    });
    return rows.map(toScheduled);
  }

  /** Who gets each partnership's prompts, and which days are off, for a chunk of partnerships. */
  async loadAudiences(partnershipIds: readonly number[]): Promise<Map<number, Audience>> {
    const ids = [...partnershipIds];
    const [partnerships, liaisons, links, blackouts, absences] = await Promise.all([
      this.db.partnership.findMany({ where: { id: { in: ids } }, select: { id: true, platform: true, workspaceId: true, handle: true, name: true } }),
      this.db.liaison.findMany({
        where: { partner: { partnershipId: { in: ids } } },
        orderBy: { id: "asc" },
        select: {
          partner: { select: { partnershipId: true } },
          person: { select: { id: true, displayName: true, identities: { orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, userId: true } } } },
        },
      }),
      this.db.channelLink.findMany({ where: { partnershipId: { in: ids } }, orderBy: { id: "asc" }, select: { partnershipId: true, platform: true, workspaceId: true, channelId: true, purpose: true } }),
      this.db.blackout.findMany({ where: { partnershipId: { in: ids } }, select: { partnershipId: true, startsOn: true, endsOn: true } }),
      this.db.absence.findMany({ where: { partnershipId: { in: ids } }, select: { partnershipId: true, personId: true, startsOn: true, endsOn: true } }),
    ]);
    const audiences = new Map<number, Audience>(
      partnerships.map((partnership) => [partnership.id, { partnership, liaisons: [], links: [], blackouts: [], absences: [] }]),
    );
    for (const liaison of liaisons) {
      const audience = audiences.get(liaison.partner.partnershipId);
      if (audience === undefined || audience.liaisons.some((known) => known.personId === liaison.person.id)) continue;
      audience.liaisons.push({ personId: liaison.person.id, displayName: liaison.person.displayName, identities: liaison.person.identities });
    }
    for (const { partnershipId, ...link } of links) audiences.get(partnershipId)?.links.push(link);
    for (const { partnershipId, ...blackout } of blackouts) audiences.get(partnershipId)?.blackouts.push(blackout);
    for (const { partnershipId, ...absence } of absences) audiences.get(partnershipId)?.absences.push(absence);
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
        const values = toOpen.map(({ partnershipId, round }) => Prisma.sql`(${partnershipId}, ${round!.period}, ${round!.opensAt}, ${round!.remindAt}, ${round!.closesAt}, 'open', ${now})`);
        const created = await tx.$queryRaw<{ id: number | bigint; partnershipId: number | bigint }[]>`INSERT INTO "Round" ("partnershipId", "period", "opensAt", "remindAt", "closesAt", "status", "createdAt")
          VALUES ${Prisma.join(values)} ON CONFLICT ("partnershipId", "period") DO NOTHING RETURNING "id", "partnershipId"`;
        const planByPartnership = new Map(toOpen.map((plan) => [plan.partnershipId, plan]));
        const outbox = created.flatMap((row) => planByPartnership.get(Number(row.partnershipId))!.round!.outbox(Number(row.id)));
        await this.outbox.enqueueAll(outbox, tx);
        return created.length;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** Moves a cursor (schedule changed, partnership resumed): the next round is the first after now. */
  async moveCursor(partnershipId: number, nextRoundAt: Date | null): Promise<void> {
    await this.db.schedule.updateMany({ where: { partnershipId }, data: { nextRoundAt } });
  }
}
