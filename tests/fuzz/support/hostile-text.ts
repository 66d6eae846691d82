import fc from "fast-check";

// Words an attacker (or a clumsy paste) puts where the bot expects a handle, a number or a name.

export const HANDLES = ["robotics-tx", "solar-oh", "appdev-ca"] as const;

export const HOSTILE_NUMBERS = [
  "1e400", "-1e400", "99999999999999999999", "-99999999999999999999", "9".repeat(400), "0.0000000000000000000001",
  "1.5%", "-0", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "1,5", "3.", ".5", "12abc", "4294967297", "9007199254740993",
] as const;

export const MENTIONS = ["<@U1>", "<@U1|ana>", "<@UMARIA>", "<!channel>", "<!here>", "<!everyone>", "<#C1|general>", "<https://evil.example|click>", "<@123456789012345678>", "<@!1>", "@maria.alvarez", "@visitor", "maria.alvarez", "Maria Alvarez", "<@>", "<@U1|<!channel>>"] as const;

export const CONTROL_CHARACTERS = ["\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\r", "\u001b[31m", "\u001f", "\u007f", "\u0085", "\u2028", "\u200b", "\u202e", "\ufeff", "\ud800"] as const;

export const DATES = ["2026-12-21", "2027-01-04", "2026-11-23", "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "1900-01-01", "2026-1-5", "21/12/2026", "tomorrow", "2026-12-21T00:00"] as const;
export const TIMES = ["09:00", "23:59", "00:00", "24:00", "25:61", "9am", "02:30", "-1:00", "9"] as const;

export const QUOTES = ['"', "'", "“", "”", "‘", "’", "«", "»", '""', "\\\""] as const;

/** Calendar text pasted into `calendar import`: small, dated near now (no centuries-old recurrences, which freeze the parser: issue 10, hole 2). */
export const CALENDARS = [
  "BEGIN:VCALENDAR\nEND:VCALENDAR",
  "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART;VALUE=DATE:20261221\nDTEND;VALUE=DATE:20270104\nSUMMARY:Winter break\nEND:VEVENT\nEND:VCALENDAR",
  "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:h\nDTSTART;VALUE=DATE:20261221\nRRULE:FREQ=HOURLY;COUNT=3\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR",
  "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\nEND:VEVENT\nEND:VCALENDAR",
  "BEGIN:VEVENT",
  "not a calendar at all",
  "http://127.0.0.1:1/calendar.ics",
  "webcal://localhost:1/calendar.ics",
  "ftp://example.invalid/x.ics",
  "https://",
] as const;

/** One hostile piece of text: unicode, controls, huge numbers, mentions, very long strings. */
export function hostileWord(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom(...MENTIONS) },
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL_CHARACTERS).map((control) => `x${control}y`) },
    { weight: 1, arbitrary: fc.constantFrom(...DATES, ...TIMES) },
    { weight: 1, arbitrary: fc.constantFrom(...QUOTES) },
    { weight: 1, arbitrary: fc.integer({ min: 2_900, max: 5_000 }).map((length) => "a".repeat(length)) },
    { weight: 1, arbitrary: fc.integer({ min: 39, max: 42 }).map((length) => "h".repeat(length)) },
    { weight: 1, arbitrary: fc.constantFrom("R&amp;D", "&lt;b&gt;", "%00", "' OR 1=1 --", "${jndi:x}", "{{7*7}}", "../../etc/passwd", "=HYPERLINK(\"x\")") },
  );
}
