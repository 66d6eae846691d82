import ICAL from "ical.js";
import { DateTime } from "luxon";
import { UserError } from "../../errors.js";
import type { ImportedBlackout } from "../../store/schedules-repository.js";

const MAX_BLACKOUTS = 500;
const RECURRENCE_YEARS = 2;

export interface CalendarBlackouts {
  blackouts: ImportedBlackout[];
  /** Events with a time of day (meetings, not days off): not blackouts. */
  timedEvents: number;
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

function malformed(reason: string): UserError {
  return new UserError(
    "bad-arguments",
    `That is not an iCalendar file I can read (${reason}). Nothing was imported. Export the school calendar as .ics (it starts with BEGIN:VCALENDAR) and attach or paste it whole.`,
  );
}

function dayOf(time: ICAL.Time): string {
  return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }).toISODate()!;
}

/** The all-day events of an iCalendar text as blackouts (DTEND is exclusive); recurring ones for two years from `today`. */
export function readCalendarBlackouts(text: string, today: string): CalendarBlackouts {
  let root: ICAL.Component;
  try {
    const parsed = ICAL.parse(restoreLineBreaks(text).trim());
    root = new ICAL.Component(Array.isArray(parsed[0]) ? (parsed[0] as unknown[]) : parsed);
  } catch (error) {
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  if (root.name !== "vcalendar") throw malformed("it does not start with BEGIN:VCALENDAR");
  const blackouts: ImportedBlackout[] = [];
  let timedEvents = 0;
  const horizon = DateTime.fromISO(today).plus({ years: RECURRENCE_YEARS }).toISODate()!;
  for (const component of root.getAllSubcomponents("vevent")) {
    let event: ICAL.Event;
    try {
      event = new ICAL.Event(component);
      if (event.startDate === null) throw new Error("an event has no DTSTART");
    } catch (error) {
      throw malformed(error instanceof Error ? error.message : String(error));
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
      if (blackouts.length >= MAX_BLACKOUTS) throw new UserError("bad-arguments", `That calendar has more than ${MAX_BLACKOUTS} all-day events; import the school year's holidays only. Nothing was imported.`);
      blackouts.push({ startsOn: start, endsOn: DateTime.fromISO(start).plus({ days: days - 1 }).toISODate()!, reason: name.slice(0, 200), externalUid: externalUid.slice(0, 300) });
    };
    if (!event.isRecurring()) {
      add(startsOn, uid);
      continue;
    }
    const occurrences = event.iterator();
    for (let next = occurrences.next(); next !== null && next !== undefined; next = occurrences.next()) {
      const day = dayOf(next);
      if (day > horizon) break;
      if (day >= today) add(day, `${uid}#${day}`);
    }
  }
  if (blackouts.length === 0) {
    throw new UserError("bad-arguments", `I found no all-day events in that calendar${timedEvents > 0 ? ` (only ${timedEvents} events with a time of day)` : ""}, so nothing was imported. School holidays are usually all-day events.`);
  }
  return { blackouts, timedEvents };
}
