import ICAL from "ical.js";
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import type { ImportedBlackout } from "../../store/schedules-repository.js";
import { recurrenceStartNear } from "./recurrence-start-near.js";

/** Bounds on one import's work, so a short hostile calendar cannot make the bot walk for minutes. */
export const CALENDAR_CAPS = { events: 2_000, blackouts: 500, repeats: 20_000 };

export interface CalendarBlackouts {
  blackouts: ImportedBlackout[];
  /** Events with a time of day (meetings, not days off): not blackouts. */
  timedEvents: number;
  /** Days that matter: one year back to two years ahead of today; recurrences are expanded only here. */
  window: { from: string; to: string };
  /** What the window and the caps left out, for the reply to say. */
  leftOut: { outsideWindow: number; eventsOverCap: number; blackoutsOverCap: number; repeatsCut: number };
}

/**
 * A pasted calendar whose line breaks became spaces (a one-line console command) gets them back
 * before each property name; text with real line breaks is left alone.
 */
function restoreLineBreaks(text: string): string {
  const unescaped = text.replace(/\\r\\n|\\n/g, "\n");
  if (/[\r\n]/.test(unescaped)) return unescaped;
  return unescaped.replace(/\s+(?=(BEGIN|END|[A-Z][A-Z0-9-]*)[;:])/g, "\n");
}

// The parser's own message quotes the offending line, which may be a downloaded page: never shown.
function malformed(reason = "a line is not in iCalendar form"): UserError {
  return new UserError(
    "bad-arguments",
    `That is not an iCalendar file I can read (${reason}). Nothing was imported. Export the school calendar as .ics (it starts with BEGIN:VCALENDAR) and attach or paste it whole.`,
  );
}

function dayOf(time: ICAL.Time): string {
  return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }).toISODate()!;
}

function plusDays(day: string, days: number): string {
  return DateTime.fromISO(day).plus({ days }).toISODate()!;
}

function parseCalendar(text: string): ICAL.Component {
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(restoreLineBreaks(text).trim());
    root = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed);
  } catch {
    throw malformed();
  }
  if (root.name !== "vcalendar") throw malformed("it does not start with BEGIN:VCALENDAR");
  return root;
}

/** Upcoming days first, nearest first, then past ones, latest first: what a cap keeps matters most. */
function byRelevance(today: string) {
  return (a: ImportedBlackout, b: ImportedBlackout) => {
    const aUpcoming = a.endsOn >= today;
    if (aUpcoming !== b.endsOn >= today) return aUpcoming ? -1 : 1;
    return aUpcoming ? a.startsOn.localeCompare(b.startsOn) : b.startsOn.localeCompare(a.startsOn);
  };
}

/**
 * The all-day events of an iCalendar text as blackouts (DTEND is exclusive), within a window of one
 * year back to two years ahead of `today`, capped by `caps`. Synchronous and CPU-bound: the bot
 * runs it in a worker (readCalendarInWorker).
 */
export function readCalendarBlackouts(text: string, today: string, caps = CALENDAR_CAPS): CalendarBlackouts {
  const root = parseCalendar(text);
  const window = { from: DateTime.fromISO(today).minus({ years: 1 }).toISODate()!, to: DateTime.fromISO(today).plus({ years: 2 }).toISODate()! };
  const leftOut = { outsideWindow: 0, eventsOverCap: 0, blackoutsOverCap: 0, repeatsCut: 0 };
  const found: ImportedBlackout[] = [];
  let timedEvents = 0;
  let repeats = 0;
  const components = root.getAllSubcomponents("vevent");
  leftOut.eventsOverCap = Math.max(0, components.length - caps.events);
  for (const component of components.slice(0, caps.events)) {
    let event: ICAL.Event;
    try {
      // No exceptions looked up: for each event ical.js would scan every other event (quadratic).
      event = new ICAL.Event(component, { exceptions: [] });
      if (event.startDate === null) throw new Error("no DTSTART");
    } catch {
      throw malformed("an event has no start date I can read");
    }
    if (!event.startDate.isDate) {
      timedEvents++;
      continue;
    }
    const name = event.summary || "an untitled event";
    const startsOn = dayOf(event.startDate);
    const endsAfter = event.endDate === null ? startsOn : dayOf(event.endDate);
    if (endsAfter < startsOn) throw new UserError("bad-arguments", `"${name}" ends (${endsAfter}) before it starts (${startsOn}). Fix it in the calendar and import again; nothing was imported.`);
    const days = Math.max(1, DateTime.fromISO(endsAfter).diff(DateTime.fromISO(startsOn), "days").days);
    const uid = event.uid || `${startsOn}:${name}`;
    const add = (start: string, externalUid: string) => {
      found.push({ startsOn: start, endsOn: plusDays(start, days - 1), reason: name.slice(0, 200), externalUid: externalUid.slice(0, 300) });
    };
    if (!event.isRecurring()) {
      if (plusDays(startsOn, days - 1) < window.from || startsOn > window.to) leftOut.outsideWindow++;
      else add(startsOn, uid);
      continue;
    }
    const rules = component.getAllProperties("rrule").map((property) => property.getFirstValue() as ICAL.Recur);
    if (rules.some((rule) => ["HOURLY", "MINUTELY", "SECONDLY"].includes(rule.freq))) {
      throw new UserError("bad-arguments", `"${name.slice(0, 100)}" is an all-day event that repeats more often than daily (RRULE FREQ=${rules.find((rule) => ["HOURLY", "MINUTELY", "SECONDLY"].includes(rule.freq))!.freq}). Fix its repeat in the calendar and import again; nothing was imported.`);
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
        if (plusDays(day, days - 1) >= window.from) add(day, `${uid}#${day}`);
      }
    } catch {
      throw new UserError("bad-arguments", `I cannot follow how "${name.slice(0, 100)}" repeats (its RRULE). Fix its repeat in the calendar and import again; nothing was imported.`);
    }
  }
  if (found.length === 0) {
    const outside = leftOut.outsideWindow > 0 ? `between ${window.from} and ${window.to} (${leftOut.outsideWindow} are outside those dates)` : "";
    throw new UserError("bad-arguments", `I found no all-day events in that calendar${outside === "" ? "" : ` ${outside}`}${timedEvents > 0 ? ` (only ${timedEvents} events with a time of day)` : ""}, so nothing was imported. School holidays are usually all-day events.`);
  }
  const blackouts = found.sort(byRelevance(today)).slice(0, caps.blackouts);
  leftOut.blackoutsOverCap = found.length - blackouts.length;
  return { blackouts, timedEvents, window, leftOut };
}
