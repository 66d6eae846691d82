import { DateTime } from "luxon";
import { calendarDateIn, parseCalendarDate } from "../../domain/calendar-date.js";
import { schoolYearOf } from "../../domain/school-year.js";
import { UserError } from "../../errors.js";
import type { ReportWindow } from "../../store/report-repository.js";


function readDay(value: string | undefined, name: string): string | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const day = parseCalendarDate(value);
  if (day === null) throw new UserError("bad-arguments", `"${value.slice(0, 40)}" is not a date for ${name}: use YYYY-MM-DD, such as 2026-08-01.`);
  return day;
}

/**
 * The report's days and instants in `timeZone`: the given from/to, or the current school year
 * for whichever is missing. A range that ends before it starts, or spans more than five years, is
 * the user's to fix.
 */
export function resolveReportWindow(input: { from?: string; to?: string }, now: Date, timeZone: string): ReportWindow {
  const year = schoolYearOf(calendarDateIn(now, timeZone));
  const from = readDay(input.from, "from") ?? year.from;
  const to = readDay(input.to, "to") ?? (input.from === undefined || input.from.trim() === "" ? year.to : schoolYearOf(from).to);
  if (to < from) throw new UserError("bad-arguments", `The report's range ends (${to}) before it starts (${from}). Give --from before --to.`);
  const start = DateTime.fromISO(from, { zone: timeZone }).startOf("day");
  const end = DateTime.fromISO(to, { zone: timeZone }).plus({ days: 1 }).startOf("day");
  if (end.diff(start, "years").years > 5) throw new UserError("bad-arguments", "A report covers at most five years. Give a shorter range with --from and --to.");
  return { from, to, start: start.toJSDate(), end: end.toJSDate() };
}
