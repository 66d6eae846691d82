import { DateTime } from "luxon";
import type { Cadence } from "./vocabulary.js";

/** When a partnership's rounds open: weekday 0 (Sunday) to 6, "HH:MM" local time, IANA zone, cadence. */
export interface ScheduleRule {
  weekday: number;
  localTime: string;
  timezone: string;
  cadence: Cadence | string;
}

export interface Occurrence {
  at: Date;
  /** The local calendar date of the occurrence (Round.period). */
  period: string;
}

function luxonWeekday(weekday: number): number {
  return weekday === 0 ? 7 : weekday;
}

function isOccurrenceDay(rule: ScheduleRule, day: DateTime): boolean {
  if (day.weekday !== luxonWeekday(rule.weekday)) return false;
  // Monthly means the first such weekday of each month.
  return rule.cadence !== "monthly" || day.day <= 7;
}

/**
 * The instant `day` reaches the rule's local time. Built from local fields, not by adding hours, so
 * 09:00 stays 09:00 across daylight-saving changes; a time that does not exist that day (02:30 when
 * clocks jump forward) moves forward by the gap, as luxon does.
 */
function occurrenceOn(rule: ScheduleRule, day: DateTime): Occurrence {
  const [hour, minute] = rule.localTime.split(":").map(Number) as [number, number];
  const local = DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: rule.timezone });
  if (!local.isValid) throw new Error(`cannot place ${rule.localTime} on ${day.toISODate()} in ${rule.timezone}: ${local.invalidExplanation}`);
  return { at: local.toJSDate(), period: day.toISODate()! };
}

function localDay(rule: ScheduleRule, instant: Date): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: rule.timezone });
  if (!local.isValid) throw new Error(`unknown time zone ${rule.timezone}`);
  return local.startOf("day");
}

/** The first occurrence strictly after `after` (a fresh schedule's first round; biweekly counts from it). */
export function firstOccurrenceAfter(rule: ScheduleRule, after: Date): Occurrence {
  const start = localDay(rule, after);
  for (let offset = 0; offset <= 70; offset++) {
    const day = start.plus({ days: offset });
    if (!isOccurrenceDay(rule, day)) continue;
    const occurrence = occurrenceOn(rule, day);
    if (occurrence.at > after) return occurrence;
  }
  throw new Error(`no occurrence of ${JSON.stringify(rule)} after ${after.toISOString()}`);
}

/** The occurrence that follows a known one: 7 or 14 local days later, or the first weekday of next month. */
export function followingOccurrence(rule: ScheduleRule, previous: Occurrence): Occurrence {
  const day = DateTime.fromISO(previous.period, { zone: rule.timezone });
  if (rule.cadence === "weekly") return occurrenceOn(rule, day.plus({ days: 7 }));
  if (rule.cadence === "biweekly") return occurrenceOn(rule, day.plus({ days: 14 }));
  let candidate = day.startOf("month").plus({ months: 1 });
  while (!isOccurrenceDay(rule, candidate)) candidate = candidate.plus({ days: 1 });
  return occurrenceOn(rule, candidate);
}

/** The occurrence a stored cursor instant stands for. */
export function occurrenceAt(rule: ScheduleRule, at: Date): Occurrence {
  return { at, period: DateTime.fromJSDate(at, { zone: rule.timezone }).toISODate()! };
}

export interface DuePlan {
  /** The latest occurrence at or before now, when the cursor had come due; older missed ones are dropped. */
  due: Occurrence | null;
  /** Where the cursor moves: the first occurrence after now. */
  next: Occurrence;
}

/**
 * From the stored cursor (the next occurrence the scheduler has not acted on) to what is due now.
 * A bot that was down for weeks gets only the latest missed occurrence, not one per week.
 */
export function planDueOccurrence(rule: ScheduleRule, cursor: Date, now: Date): DuePlan {
  let current = occurrenceAt(rule, cursor);
  if (current.at > now) return { due: null, next: current };
  let following = followingOccurrence(rule, current);
  while (following.at <= now) {
    current = following;
    following = followingOccurrence(rule, current);
  }
  return { due: current, next: following };
}
