import type { CalendarBlackout, CalendarChanges } from "../../domain/plan-calendar-changes.js";

/** "2026-12-21 to 2027-01-01", or one day. */
export function describeDays(days: { startsOn: string; endsOn: string }): string {
  return days.startsOn === days.endsOn ? days.startsOn : `${days.startsOn} to ${days.endsOn}`;
}

const line = (blackout: CalendarBlackout) => `${describeDays(blackout)}: ${blackout.reason}`;

/** Each change on a line of its own: added, moved or renamed, removed; at most `limit` of each kind. */
export function describeCalendarChanges(changes: CalendarChanges, limit = 10): string[] {
  const more = (count: number, what: string) => (count > limit ? [`... and ${count - limit} more ${what}`] : []);
  return [
    ...changes.added.slice(0, limit).map((blackout) => `added ${line(blackout)}`),
    ...more(changes.added.length, "added"),
    ...changes.updated.slice(0, limit).map(({ from, to }) => `changed ${line(from)}, now ${line(to)}`),
    ...more(changes.updated.length, "changed"),
    ...changes.removed.slice(0, limit).map((blackout) => `removed ${line(blackout)} (no longer a day off in the calendar)`),
    ...more(changes.removed.length, "removed"),
  ];
}

/** "2 added, 1 changed, 1 removed, 3 unchanged". */
export function countCalendarChanges(changes: CalendarChanges): string {
  return `${changes.added.length} added, ${changes.updated.length} changed, ${changes.removed.length} removed, ${changes.unchanged} unchanged`;
}
