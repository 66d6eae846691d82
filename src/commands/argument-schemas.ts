import { z } from "zod";
import { parseCalendarDate } from "../domain/calendar-date.js";

// Schemas for argument strings that many commands share.

export const HandleSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "use 2-40 lowercase letters, digits and dashes, such as robotics-tx");

export const TextSchema = z.string().trim().min(1, "must not be empty").max(3000, "keep it under 3000 characters");

export const OptionalTextSchema = z.string().trim().max(3000, "keep it under 3000 characters").optional();

export const NumberSchema = z
  .string()
  .trim()
  .regex(/^-?\d+(\.\d+)?%?$/, "expected a number such as 42 or 3.5")
  .transform((value) => Number(value.replace("%", "")));

export const CalendarDateSchema = z.string().trim().transform((value, context) => {
  const date = parseCalendarDate(value);
  if (date === null) {
    context.addIssue({ code: "custom", message: `"${value}" is not a date: use YYYY-MM-DD, such as 2026-12-21` });
    return z.NEVER;
  }
  return date;
});

/** A person: a platform mention such as <@U123|Ana> or <@123>, or a display name. */
export const UserReferenceSchema = z.string().trim().min(1, "name a person, for example @ana");
