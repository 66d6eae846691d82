import { daysBetween } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";

const MAX_DAYS = 400;

/** Checks a from-to range of days: in order, and not longer than about a year. */
export function requireDayRange(from: string, to: string, what: string): void {
  if (to < from) throw new UserError("bad-arguments", `The ${what} ends (${to}) before it starts (${from}). Give the first day, then the last day. Nothing was changed.`);
  if (daysBetween(from, to) > MAX_DAYS) throw new UserError("bad-arguments", `A ${what} of more than ${MAX_DAYS} days is too long; to stop check-ins for good, use /partner pause. Nothing was changed.`);
}
