import ICAL from "ical.js";
import { DateTime } from "luxon";
import type { CalendarEventFacts } from "./classify-calendar-event.js";
import type { CalendarBlock } from "./split-calendar-events.js";

/** What one complete VEVENT says, or why it cannot be read. */
export type ReadEvent =
  | { ok: true; facts: CalendarEventFacts; uid: string; component: ICAL.Component; event: ICAL.Event; allDay: boolean; recurrenceDay: string | null }
  | { ok: false; reason: string };

export function dayOf(time: ICAL.Time): string {
  return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }).toISODate()!;
}

/** The first value of a property that is not empty: a property repeated in one event counts once, the first that says something. */
function firstText(component: ICAL.Component, name: string): string {
  for (const property of component.getAllProperties(name)) {
    const value = property.getFirstValue();
    if (typeof value === "string" && value.trim() !== "") return value.trim();
  }
  return "";
}

/**
 * One event read on its own (inside a calendar of just it), so a line ical.js cannot read costs that
 * event only. The parser's own message quotes the line, which may come from a downloaded page: never shown.
 */
export function readCalendarEvent(block: CalendarBlock): ReadEvent {
  let component: ICAL.Component;
  try {
    const parsed = ICAL.parse(["BEGIN:VCALENDAR", ...block.lines, "END:VCALENDAR"].join("\r\n"));
    const event = new ICAL.Component(parsed as unknown[]).getFirstSubcomponent("vevent");
    if (event === null) return { ok: false, reason: "it is not in iCalendar form" };
    component = event;
  } catch {
    return { ok: false, reason: "a line of it is not in iCalendar form" };
  }
  let event: ICAL.Event;
  try {
    // No exceptions looked up: for each event ical.js would scan every other event (quadratic).
    event = new ICAL.Event(component, { exceptions: [] });
    if (!(event.startDate instanceof ICAL.Time)) return { ok: false, reason: "it has no start date (DTSTART)" };
    if (event.endDate !== null && !(event.endDate instanceof ICAL.Time)) return { ok: false, reason: "its end (DTEND) is not a date" };
  } catch {
    return { ok: false, reason: "its dates are not ones I can read" };
  }
  const categories = component.getAllProperties("categories").flatMap((property) => property.getValues().filter((value): value is string => typeof value === "string"));
  const recurrenceId = component.getFirstPropertyValue("recurrence-id");
  return {
    ok: true,
    facts: { summary: firstText(component, "summary"), categories, description: firstText(component, "description").split(/\r?\n/)[0] ?? "" },
    uid: firstText(component, "uid"),
    component,
    event,
    allDay: event.startDate.isDate,
    recurrenceDay: recurrenceId instanceof ICAL.Time ? dayOf(recurrenceId) : null,
  };
}
