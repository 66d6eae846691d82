import { DateTime } from "luxon";

/** "Monday 11 January 2027, 09:00 (America/Chicago)". */
export function describeInstant(instant: Date, timezone: string): string {
  return `${DateTime.fromJSDate(instant, { zone: timezone }).toFormat("cccc d LLLL yyyy, HH:mm")} (${timezone})`;
}
