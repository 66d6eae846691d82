import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export interface ScheduleRecord {
  weekday: number;
  localTime: string;
  timezone: string;
  cadence: string;
  closeAfterHours: number;
  reminderBeforeHours: number;
  nextRoundAt: Date | null;
}

export interface DayRange {
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface ScheduleOverview {
  schedule: ScheduleRecord;
  blackouts: (DayRange & { source: string })[];
  absences: (DayRange & { person: string })[];
  openRound: { period: string; closesAt: Date } | null;
}

const SCHEDULE_COLUMNS = { weekday: true, localTime: true, timezone: true, cadence: true, closeAfterHours: true, reminderBeforeHours: true, nextRoundAt: true } as const;

/** A partnership made before schedules existed gets the product's default. */
const DEFAULT_SCHEDULE: ScheduleRecord = { weekday: 1, localTime: "09:00", timezone: "America/Chicago", cadence: "weekly", closeAfterHours: 72, reminderBeforeHours: 24, nextRoundAt: null };

interface Change {
  partnershipId: number;
  actorId: number;
  at: Date;
}

/** A partnership's schedule, blackouts and out-of-office dates; every change audited in its transaction. */
export class SchedulesRepository {
  constructor(private readonly db: Database) {}

  /** The schedule, blackouts and absences that have not ended by `today`, and the open round. */
  async overview(partnershipId: number, today: string): Promise<ScheduleOverview> {
    const [schedule, blackouts, absences, openRound] = await Promise.all([
      this.get(partnershipId),
      this.db.blackout.findMany({ where: { partnershipId, endsOn: { gte: today } }, orderBy: { startsOn: "asc" }, select: { startsOn: true, endsOn: true, reason: true, source: true } }),
      this.db.absence.findMany({
        where: { partnershipId, endsOn: { gte: today } },
        orderBy: { startsOn: "asc" },
        select: { startsOn: true, endsOn: true, reason: true, person: { select: { displayName: true } } },
      }),
      this.db.round.findFirst({ where: { partnershipId, status: "open" }, orderBy: { opensAt: "desc" }, select: { period: true, closesAt: true } }),
    ]);
    return { schedule, blackouts, absences: absences.map(({ person, ...absence }) => ({ ...absence, person: person.displayName })), openRound };
  }

  /** The partnership's schedule; the product's default (in the partnership's time zone) if it has none. */
  async get(partnershipId: number): Promise<ScheduleRecord> {
    const schedule = await this.db.schedule.findUnique({ where: { partnershipId }, select: SCHEDULE_COLUMNS });
    if (schedule !== null) return schedule;
    const partnership = await this.db.partnership.findUnique({ where: { id: partnershipId }, select: { timezone: true } });
    return { ...DEFAULT_SCHEDULE, timezone: partnership?.timezone ?? DEFAULT_SCHEDULE.timezone };
  }

  /** Changes the schedule and moves its cursor to the next round under the new rule. */
  async update(change: Change & { fields: Omit<ScheduleRecord, "nextRoundAt">; nextRoundAt: Date }): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const before = await tx.schedule.findUnique({ where: { partnershipId: change.partnershipId }, select: SCHEDULE_COLUMNS });
      const data = { ...change.fields, nextRoundAt: change.nextRoundAt, updatedAt: change.at };
      await tx.schedule.upsert({ where: { partnershipId: change.partnershipId }, create: { partnershipId: change.partnershipId, ...data }, update: data });
      if (before?.timezone !== change.fields.timezone) await tx.partnership.update({ where: { id: change.partnershipId }, data: { timezone: change.fields.timezone } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "update", entity: "schedule", entityId: change.partnershipId, before: before ?? undefined, after: change.fields });
    });
  }

  /** Pauses or resumes check-ins; a resumed schedule's cursor moves to its next round (no catch-up for the pause). */
  async setStatus(change: Change & { from: string; to: string; nextRoundAt: Date | null }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.partnership.updateMany({ where: { id: change.partnershipId, status: change.from }, data: { status: change.to } });
      if (count === 0) return false;
      if (change.nextRoundAt !== null) await tx.schedule.updateMany({ where: { partnershipId: change.partnershipId }, data: { nextRoundAt: change.nextRoundAt } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "update", entity: "partnership-status", entityId: change.partnershipId, before: { status: change.from }, after: { status: change.to } });
      return true;
    });
  }

  async addBlackout(change: Change & DayRange): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const created = await tx.blackout.create({ data: { partnershipId: change.partnershipId, startsOn: change.startsOn, endsOn: change.endsOn, reason: change.reason, createdAt: change.at } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "create", entity: "blackout", entityId: created.id, after: { startsOn: change.startsOn, endsOn: change.endsOn, reason: change.reason } });
    });
  }

  /** Removes the blackouts that start on `startsOn`; how many there were. */
  async removeBlackouts(change: Change & { startsOn: string }): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const doomed = await tx.blackout.findMany({ where: { partnershipId: change.partnershipId, startsOn: change.startsOn } });
      if (doomed.length === 0) return 0;
      await tx.blackout.deleteMany({ where: { id: { in: doomed.map((blackout) => blackout.id) } } });
      for (const blackout of doomed) {
        await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "delete", entity: "blackout", entityId: blackout.id, before: blackout });
      }
      return doomed.length;
    });
  }

  async addAbsence(change: Change & DayRange & { personId: number }): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const created = await tx.absence.create({ data: { partnershipId: change.partnershipId, personId: change.personId, startsOn: change.startsOn, endsOn: change.endsOn, reason: change.reason, createdAt: change.at } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "create", entity: "absence", entityId: created.id, after: { personId: change.personId, startsOn: change.startsOn, endsOn: change.endsOn } });
    });
  }
}
