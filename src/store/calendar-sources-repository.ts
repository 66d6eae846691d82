import { randomBytes } from "node:crypto";
import { planCalendarChanges, type CalendarBlackout, type CalendarChanges } from "../domain/plan-calendar-changes.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";
import type { Queryable } from "./transaction.js";

/** Where a calendar came from: its address (read again weekly), or a pasted file's name. */
export interface CalendarOrigin {
  /** The https address, or `pasted:<calendar name>`. */
  key: string;
  address: string | null;
  name: string;
}

/** A calendar as read and classified, reduced to what an import needs. */
export interface ClassifiedCalendar {
  blackouts: CalendarBlackout[];
  /** Keys of the school days it has: a blackout an earlier import made of one is removed. */
  schoolDayKeys: string[];
  /** Keys still in the calendar but not read (past the cap, outside the window): never removed for being missing. */
  keptKeys: string[];
}

export interface CalendarPreviewRecord extends CalendarOrigin {
  id: number;
  code: string;
  reading: string;
}

export interface DueCalendarSource extends CalendarOrigin {
  id: number;
  address: string;
  partnershipId: number;
  handle: string;
  partnershipName: string;
  timezone: string;
}

interface ImportInput {
  partnershipId: number;
  actorId: number | null;
  at: Date;
  today: string;
  origin: CalendarOrigin;
  calendar: ClassifiedCalendar;
  /** When to read the address again; null for a pasted calendar. */
  nextReadAt: Date | null;
  /** The preview this import confirms: used up in the same transaction. */
  previewId?: number;
  /** Messages about the changes (the weekly re-read's), queued in the same transaction. */
  notices?: (changes: CalendarChanges) => EnqueueInput[];
}

const PREVIEW_LIFETIME_MS = 24 * 60 * 60_000;

/** Imported school calendars, their pending previews and a partnership's closure words; every change audited in its transaction. */
export class CalendarSourcesRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** The partnership's closure words; null when it uses the defaults. */
  async findWords(partnershipId: number): Promise<string[] | null> {
    const row = await this.db.calendarWords.findUnique({ where: { partnershipId } });
    return row === null ? null : (JSON.parse(row.words) as string[]);
  }

  /** Replaces the partnership's closure words. */
  async setWords(change: { partnershipId: number; actorId: number; at: Date; before: readonly string[]; words: readonly string[] }): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const words = JSON.stringify(change.words);
      await tx.calendarWords.upsert({ where: { partnershipId: change.partnershipId }, create: { partnershipId: change.partnershipId, words, updatedAt: change.at }, update: { words, updatedAt: change.at } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "update", entity: "calendar-words", entityId: change.partnershipId, before: change.before, after: change.words });
    });
  }

  /** What importing `calendar` would change now. */
  async plan(partnershipId: number, origin: CalendarOrigin, calendar: ClassifiedCalendar, today: string, db: Queryable = this.db): Promise<CalendarChanges> {
    const source = await db.calendarSource.findUnique({ where: { partnershipId_key: { partnershipId, key: origin.key } }, select: { id: true } });
    const keys = [...calendar.blackouts.map((blackout) => blackout.key), ...calendar.schoolDayKeys];
    const rows = await db.blackout.findMany({
      where: {
        partnershipId,
        OR: [...(source === null ? [] : [{ calendarSourceId: source.id }]), { calendarSourceId: null, source: "calendar", externalUid: { in: keys } }],
      },
      select: { externalUid: true, startsOn: true, endsOn: true, reason: true },
    });
    const existing = rows.map((row) => ({ key: row.externalUid ?? "", startsOn: row.startsOn, endsOn: row.endsOn, reason: row.reason }));
    return planCalendarChanges(existing, calendar.blackouts, new Set(calendar.keptKeys), today);
  }

  /** Keeps a reading until it is confirmed (a day at most); its code, for the confirming line. */
  async savePreview(input: { partnershipId: number; personId: number; at: Date; origin: CalendarOrigin; reading: string }): Promise<string> {
    const code = randomBytes(5).toString("hex");
    await this.db.calendarImportPreview.deleteMany({ where: { expiresAt: { lt: input.at } } });
    await this.db.calendarImportPreview.create({
      data: { partnershipId: input.partnershipId, personId: input.personId, code, sourceKey: input.origin.key, address: input.origin.address, name: input.origin.name, reading: input.reading, createdAt: input.at, expiresAt: new Date(input.at.getTime() + PREVIEW_LIFETIME_MS) },
    });
    return code;
  }

  /** A preview of the partnership not yet confirmed nor expired. */
  async findPreview(partnershipId: number, code: string, now: Date): Promise<CalendarPreviewRecord | null> {
    const row = await this.db.calendarImportPreview.findUnique({ where: { partnershipId_code: { partnershipId, code } } });
    if (row === null || row.expiresAt < now) return null;
    return { id: row.id, code: row.code, key: row.sourceKey, address: row.address, name: row.name, reading: row.reading };
  }

  /**
   * Imports a classified calendar in one transaction: remembers where it came from, adds, updates
   * and removes its blackouts (never manual ones, never another calendar's), uses up the preview,
   * queues the notices and audits it. Null when the preview was used up a moment ago.
   */
  async importCalendar(input: ImportInput): Promise<CalendarChanges | null> {
    const { partnershipId, origin, at } = input;
    return this.db.$transaction(
      async (tx) => {
        if (input.previewId !== undefined) {
          const { count } = await tx.calendarImportPreview.deleteMany({ where: { id: input.previewId } });
          if (count === 0) return null;
        }
        const changes = await this.plan(partnershipId, origin, input.calendar, input.today, tx);
        const source = await tx.calendarSource.upsert({
          where: { partnershipId_key: { partnershipId, key: origin.key } },
          create: { partnershipId, key: origin.key, address: origin.address, name: origin.name, createdAt: at, lastReadAt: at, nextReadAt: input.nextReadAt },
          update: { name: origin.name, lastReadAt: at, lastError: null, ...(input.nextReadAt === null ? {} : { nextReadAt: input.nextReadAt }) },
        });
        for (const blackout of [...changes.added, ...changes.updated.map((update) => update.to)]) {
          const data = { startsOn: blackout.startsOn, endsOn: blackout.endsOn, reason: blackout.reason, source: "calendar", calendarSourceId: source.id };
          await tx.blackout.upsert({ where: { partnershipId_externalUid: { partnershipId, externalUid: blackout.key } }, create: { partnershipId, externalUid: blackout.key, createdAt: at, ...data }, update: data });
        }
        // Unchanged ones an import before calendars were remembered made now belong to this one.
        const kept = input.calendar.blackouts.map((blackout) => blackout.key);
        await tx.blackout.updateMany({ where: { partnershipId, source: "calendar", calendarSourceId: null, externalUid: { in: kept } }, data: { calendarSourceId: source.id } });
        if (changes.removed.length > 0) {
          await tx.blackout.deleteMany({ where: { partnershipId, source: "calendar", OR: [{ calendarSourceId: source.id }, { calendarSourceId: null }], externalUid: { in: changes.removed.map((blackout) => blackout.key) } } });
        }
        const counts = { added: changes.added.length, updated: changes.updated.length, removed: changes.removed.length, unchanged: changes.unchanged };
        await recordAudit(tx, { partnershipId, actorId: input.actorId, action: "import", entity: "calendar", entityId: source.id, before: { removed: changes.removed, updated: changes.updated.map((update) => update.from) }, after: { ...counts, calendar: origin.key } });
        for (const notice of input.notices?.(changes) ?? []) await this.outbox.enqueue(notice, tx);
        return changes;
      },
      { timeout: 30_000 },
    );
  }

  /**
   * Claims the calendars due to be read again, once across processes: each claim moves the source's
   * `nextReadAt` on with a conditional update, so a second scheduler gets nothing back.
   */
  async claimDue(now: Date, nextReadAt: Date, limit = 20): Promise<DueCalendarSource[]> {
    const due = await this.db.calendarSource.findMany({
      where: { nextReadAt: { lte: now }, address: { not: null } },
      orderBy: { nextReadAt: "asc" },
      take: limit,
      select: { id: true, key: true, address: true, name: true, partnershipId: true, nextReadAt: true, partnership: { select: { timezone: true, handle: true, name: true } } },
    });
    const claimed: DueCalendarSource[] = [];
    for (const source of due) {
      const { count } = await this.db.calendarSource.updateMany({ where: { id: source.id, nextReadAt: source.nextReadAt }, data: { nextReadAt } });
      if (count === 1) claimed.push({ id: source.id, key: source.key, address: source.address!, name: source.name, partnershipId: source.partnershipId, handle: source.partnership.handle, partnershipName: source.partnership.name, timezone: source.partnership.timezone });
    }
    return claimed;
  }

  /** The partnership's imported calendars, oldest first, with when each is read again and why its last read failed. */
  async list(partnershipId: number): Promise<(CalendarOrigin & { nextReadAt: Date | null; lastError: string | null })[]> {
    return this.db.calendarSource.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, select: { key: true, address: true, name: true, nextReadAt: true, lastError: true } });
  }

  /** How many blackouts from `today` on came from the calendar with this key. */
  async countUpcoming(partnershipId: number, key: string, today: string): Promise<number> {
    const source = await this.db.calendarSource.findUnique({ where: { partnershipId_key: { partnershipId, key } }, select: { id: true } });
    return source === null ? 0 : this.db.blackout.count({ where: { partnershipId, calendarSourceId: source.id, endsOn: { gte: today } } });
  }

  /** Forgets a calendar: it is not read again and its blackouts from `today` on go; past ones stay as history. False when it was gone already. */
  async remove(change: { partnershipId: number; actorId: number; key: string; today: string }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const source = await tx.calendarSource.findUnique({ where: { partnershipId_key: { partnershipId: change.partnershipId, key: change.key } } });
      if (source === null) return false;
      const doomed = await tx.blackout.findMany({ where: { partnershipId: change.partnershipId, calendarSourceId: source.id, endsOn: { gte: change.today } }, select: { startsOn: true, endsOn: true, reason: true, externalUid: true } });
      await tx.blackout.deleteMany({ where: { partnershipId: change.partnershipId, calendarSourceId: source.id, endsOn: { gte: change.today } } });
      await tx.calendarSource.delete({ where: { id: source.id } });
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "delete", entity: "calendar", entityId: source.id, before: { calendar: source.key, blackouts: doomed } });
      return true;
    });
  }

  /** Remembers why a re-read failed (`schedule show` says so; the next good read clears it). */
  async recordFailure(sourceId: number, reason: string): Promise<void> {
    await this.db.calendarSource.updateMany({ where: { id: sourceId }, data: { lastError: reason.slice(0, 500) } });
  }
}
