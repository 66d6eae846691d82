import { z } from "zod";
import { isValidTimeZone } from "../../domain/time-zone.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;

/** "monday", "Mon" or "1" to 0 (Sunday) ... 6. */
export const WeekdaySchema = z.string().trim().transform((value, context) => {
  const lower = value.toLowerCase();
  const index = WEEKDAYS.findIndex((day) => day === lower || (lower.length >= 3 && day.startsWith(lower)));
  if (index >= 0) return index;
  context.addIssue({ code: "custom", message: `"${value}" is not a weekday: use monday, tuesday, ... sunday` });
  return z.NEVER;
});

export const WEEKDAY_CHOICES = WEEKDAYS;

/** "9:00", "09:00", "9am" or "2:30pm" to "HH:MM" on a 24-hour clock; "25:00" is refused. */
export const LocalTimeSchema = z.string().trim().transform((value, context) => {
  const match = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(value);
  let hour = match === null ? NaN : Number(match[1]);
  const minute = match === null ? NaN : Number(match[2] ?? (match[3] === undefined ? NaN : 0));
  const meridiem = match?.[3]?.toLowerCase();
  if (meridiem !== undefined) hour = hour >= 1 && hour <= 12 ? (hour % 12) + (meridiem === "pm" ? 12 : 0) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) {
    context.addIssue({ code: "custom", message: `"${value}" is not a time of day: use HH:MM on a 24-hour clock, such as 09:00 or 15:30` });
    return z.NEVER;
  }
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
});

export const TimeZoneSchema = z
  .string()
  .trim()
  .refine(isValidTimeZone, "not a time zone I know: use an IANA name such as America/Chicago, Europe/Berlin or Australia/Sydney");

export function hoursSchema(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/, "expected a whole number of hours, such as 24")
    .transform(Number)
    .refine((hours) => hours >= min && hours <= max, `expected between ${min} and ${max} hours`);
}
