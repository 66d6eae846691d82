import type ICAL from "ical.js";
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import { classifyCalendarEvent, normalizeWords, type Classification } from "./classify-calendar-event.js";
import { dayOf, readCalendarEvent } from "./read-calendar-event.js";
import { recurrenceStartNear } from "./recurrence-start-near.js";
import { describeBlock, splitCalendarEvents, type BrokenEvent } from "./split-calendar-events.js";

/** Bounds on one import's work, so a short hostile calendar cannot make the bot walk for minutes. */
export const CALENDAR_CAPS = { events: 2_000, blackouts: 500, repeats: 20_000 };

/** One all-day event (or one day a repeating one falls on), as the calendar says and as classified. */
export interface CalendarDay {
  /** The event's UID (with `#day` for a repeat); without a UID, its first day and title. */
  key: string;
  startsOn: string;
  /** Its last day (DTEND is exclusive). */
  endsOn: string;
  summary: string;
  because: string;
}

export interface CalendarReading {
  /** The calendar's own name (X-WR-CALNAME); "" without one. */
  name: string;
  blackouts: CalendarDay[];
  /** All-day events that are school days, up to the blackout cap. */
  ignored: CalendarDay[];
  /** Days off past the cap and events outside the window: still in the calendar, so not removed. */
  otherKeys: string[];
  /** Events with a time of day (meetings, not days off). */
  timedEvents: number;
  /** Events that could not be read, and why. */
  skipped: BrokenEvent[];
  /** Days that matter: one year back to two years ahead of today; recurrences are expanded only here. */
  window: { from: string; to: string };
  /** What the window and the caps left out, for the reply to say. */
  leftOut: { outsideWindow: number; eventsOverCap: number; blackoutsOverCap: number; repeatsCut: number };
}

function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day).plus({ days }).toISODate()!;
}

/** Upcoming days first, nearest first, then past ones, latest first: what a cap keeps matters most. */
function byRelevance(today: string) {
  return (a: CalendarDay, b: CalendarDay) => {
    const aUpcoming = a.endsOn >= today;
    if (aUpcoming !== b.endsOn >= today) return aUpcoming ? -1 : 1;
    return aUpcoming ? a.startsOn.localeCompare(b.startsOn) : b.startsOn.localeCompare(a.startsOn);
  };
}

const TOO_OFTEN = ["HOURLY", "MINUTELY", "SECONDLY"];

/**
 * A school calendar's all-day events, each classified as a day off (a blackout) or a school day,
 * within one year back to two years ahead of `today`, capped by `caps`. What is complete is read;
 * an event cut off or unreadable is skipped and said. Synchronous and CPU-bound: the bot runs it in
 * a worker (readCalendarInWorker).
 */
export function readCalendar(text: string, today: string, closureWords?: readonly string[], caps = CALENDAR_CAPS): CalendarReading {
  const split = splitCalendarEvents(text);
  if (split.events.length === 0) {
    const broken = split.broken.length === 0 ? "" : ` (${split.broken.length} ${split.broken.length === 1 ? "is" : "are"} cut off: ${split.broken.map((event) => event.what).slice(0, 3).join(", ")})`;
    throw new UserError("bad-arguments", `I found no complete event in that calendar${broken}, so nothing was imported. Export the whole school calendar as .ics and try again.`);
  }
  const window = { from: DateTime.fromISO(today).minus({ years: 1 }).toISODate()!, to: DateTime.fromISO(today).plus({ years: 2 }).toISODate()! };
  const leftOut = { outsideWindow: 0, eventsOverCap: Math.max(0, split.events.length - caps.events), blackoutsOverCap: 0, repeatsCut: 0 };
  const skipped = [...split.broken];
  const otherKeys: string[] = [];
  const found = new Map<string, { day: CalendarDay; blackout: boolean; override: boolean }>();
  let timedEvents = 0;
  let repeats = 0;
  for (const block of split.events.slice(0, caps.events)) {
    const read = readCalendarEvent(block);
    const what = () => describeBlock(block);
    if (!read.ok) {
      skipped.push({ what: what(), reason: read.reason });
      continue;
    }
    if (!read.allDay) {
      timedEvents++;
      continue;
    }
    const { event, component, facts } = read;
    const summary = (facts.summary || "an untitled event").slice(0, 200);
    const startsOn = dayOf(event.startDate);
    const endsAfter = event.endDate === null ? startsOn : dayOf(event.endDate);
    if (endsAfter < startsOn) {
      skipped.push({ what: what(), reason: `it ends (${endsAfter}) before it starts (${startsOn})` });
      continue;
    }
    const days = Math.max(1, DateTime.fromISO(endsAfter).diff(DateTime.fromISO(startsOn), "days").days);
    const base = read.uid || `${startsOn}:${normalizeWords(summary)}`;
    const classification: Classification = classifyCalendarEvent(facts, closureWords);
    const add = (start: string, key: string, override: boolean) => {
      const day: CalendarDay = { key: key.slice(0, 300), startsOn: start, endsOn: plusDays(start, days - 1), summary, because: classification.because };
      const existing = found.get(day.key);
      if (existing !== undefined && (existing.override || !override)) {
        if (!existing.override && !override) skipped.push({ what: what(), reason: "it repeats an event read already (the same UID, or the same day and title)" });
        return;
      }
      found.set(day.key, { day, blackout: classification.blackout, override });
    };
    const inWindow = (start: string) => plusDays(start, days - 1) >= window.from && start <= window.to;
    if (read.recurrenceDay !== null && read.uid !== "") {
      if (inWindow(startsOn)) add(startsOn, `${read.uid}#${read.recurrenceDay}`, true);
      continue;
    }
    if (!event.isRecurring()) {
      if (inWindow(startsOn)) add(startsOn, base, false);
      else {
        leftOut.outsideWindow++;
        otherKeys.push(base);
      }
      continue;
    }
    const rules = component.getAllProperties("rrule").map((property) => property.getFirstValue() as ICAL.Recur);
    const tooOften = rules.find((rule) => TOO_OFTEN.includes(rule.freq));
    if (tooOften !== undefined) {
      skipped.push({ what: what(), reason: `it is an all-day event that repeats more often than daily (RRULE FREQ=${tooOften.freq})` });
      continue;
    }
    try {
      const occurrences = event.iterator(recurrenceStartNear(event, rules, plusDays(window.from, -days)));
      for (let next = occurrences.next(); next !== null && next !== undefined; next = occurrences.next()) {
        const day = dayOf(next);
        if (day > window.to) break;
        if (++repeats > caps.repeats) {
          leftOut.repeatsCut++;
          break;
        }
        if (plusDays(day, days - 1) >= window.from) add(day, `${base}#${day}`, false);
      }
    } catch {
      skipped.push({ what: what(), reason: "I cannot follow how it repeats (its RRULE)" });
    }
  }
  const all = [...found.values()];
  const blackouts = all.filter((entry) => entry.blackout).map((entry) => entry.day).sort(byRelevance(today));
  const ignored = all.filter((entry) => !entry.blackout).map((entry) => entry.day).sort(byRelevance(today));
  leftOut.blackoutsOverCap = Math.max(0, blackouts.length - caps.blackouts);
  otherKeys.push(...blackouts.slice(caps.blackouts).map((day) => day.key));
  return { name: split.name, blackouts: blackouts.slice(0, caps.blackouts), ignored: ignored.slice(0, caps.blackouts), otherKeys, timedEvents, skipped, window, leftOut };
}
