import { CALENDAR_CAPS, type CalendarReading } from "./read-calendar.js";

/** What an import left out and why, in words for the reply; empty when nothing was. */
export function describeLeftOut({ leftOut, window }: Pick<CalendarReading, "leftOut" | "window">, caps = CALENDAR_CAPS): string[] {
  const notes: string[] = [];
  if (leftOut.outsideWindow > 0) notes.push(`${leftOut.outsideWindow} events outside ${window.from} to ${window.to}`);
  if (leftOut.eventsOverCap > 0) notes.push(`${leftOut.eventsOverCap} events after the first ${caps.events}`);
  if (leftOut.repeatsCut > 0) notes.push(`later repeats of ${leftOut.repeatsCut} repeating events, past ${caps.repeats} repeats in all`);
  if (leftOut.blackoutsOverCap > 0) notes.push(`${leftOut.blackoutsOverCap} days over the limit of ${caps.blackouts} blackouts (the nearest upcoming ones were kept)`);
  return notes;
}
