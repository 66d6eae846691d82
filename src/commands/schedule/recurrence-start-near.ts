import ICAL from "ical.js";
import { DateTime } from "luxon";

function dateOf(time: ICAL.Time): DateTime {
  return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }, { zone: "utc" });
}

/**
 * Where to start expanding a repeating all-day event so that it yields the same days as from its
 * DTSTART, but walks no centuries to reach `before`: DTSTART moved ahead by whole repeat periods to
 * at or before `before`. Undefined when that would change the days (COUNT counts from DTSTART; a
 * monthly or yearly rule on day 29 to 31 clamps in short months; several rules).
 */
export function recurrenceStartNear(event: ICAL.Event, rules: ICAL.Recur[], before: string): ICAL.Time | undefined {
  const rule = rules[0];
  if (rules.length !== 1 || rule === undefined || rule.count !== null) return undefined;
  const start = dateOf(event.startDate);
  const target = DateTime.fromISO(before, { zone: "utc" });
  if (target <= start) return undefined;
  const interval = Math.max(1, rule.interval || 1);
  let moved: DateTime;
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    const period = interval * (rule.freq === "WEEKLY" ? 7 : 1);
    moved = start.plus({ days: Math.floor(Math.floor(target.diff(start, "days").days) / period) * period });
  } else if ((rule.freq === "MONTHLY" || rule.freq === "YEARLY") && start.day <= 28) {
    const unit = rule.freq === "MONTHLY" ? "months" : "years";
    moved = start.plus({ [unit]: Math.floor(Math.floor(target.diff(start, unit)[unit]) / interval) * interval });
  } else {
    return undefined;
  }
  return ICAL.Time.fromData({ year: moved.year, month: moved.month, day: moved.day, isDate: true });
}
