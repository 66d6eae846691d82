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

/** Every number a person types is finite and inside this range: no Infinity from a long digit string. */
export const NUMBER_LIMIT = 1e12;
export const NUMBER_DECIMALS = 6;
export const NUMBER_RANGE = "between -1,000,000,000,000 and 1,000,000,000,000, with at most 6 decimals";

/**
 * A typed number ("42", "3.5", "-2", "80%") as a finite number inside ±NUMBER_LIMIT with at most
 * NUMBER_DECIMALS decimals. The one schema for numbers from users: command arguments, form number
 * fields, metric readings in the check-in. `notANumber` is the message for text that is no number.
 */
export function numberTextSchema(notANumber: string, outOfRange = `use a number ${NUMBER_RANGE}`) {
  return z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?%?$/, notANumber)
    .transform((text, context) => {
      const value = Number(text.replace("%", ""));
      const decimals = /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
      if (!Number.isFinite(value) || Math.abs(value) > NUMBER_LIMIT || decimals > NUMBER_DECIMALS) {
        context.addIssue({ code: "custom", message: outOfRange });
        return z.NEVER;
      }
      return value;
    });
}

export const NumberSchema = numberTextSchema("expected a number such as 42 or 3.5");

/** The largest id a database integer column holds (PostgreSQL's int4). */
export const MAX_RECORD_ID = 2_147_483_647;

/** A record id that arrived in a button value or form context: 1 to MAX_RECORD_ID, or null. */
export function readRecordId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}

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
