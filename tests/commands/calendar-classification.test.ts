import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyCalendarEvent, DEFAULT_CLOSURE_WORDS } from "../../src/commands/schedule/classify-calendar-event.js";
import { readCalendar } from "../../src/commands/schedule/read-calendar.js";
import { UserError } from "../../src/errors.js";

const TODAY = "2026-11-23";
const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendars/${name}`, import.meta.url), "utf8");
const titled = (summary: string, more: { categories?: string[]; description?: string } = {}) => ({ summary, categories: more.categories ?? [], description: more.description ?? "" });
const days = (list: { startsOn: string; endsOn: string; summary: string }[]) => list.map((day) => `${day.startsOn}..${day.endsOn} ${day.summary}`).sort();

describe("deciding which school calendar events are days off", () => {
  it.each([
    ["No School", true],
    ["No School - Thanksgiving Holiday", true],
    ["Winter Break", true],
    ["Spring Recess", true],
    ["Snow Day - Schools Closed", true],
    ["District Closed: Labor Day", true],
    ["Book Fair", false],
    ["Picture Day", false],
    ["Town Hall Grade 6", false],
    ["Quarter 2 Ends", false],
    ["Breakfast with Santa", false],
    ["Winter Holiday Concert", false],
    ["Spring Break Camp", false],
    ["Last Day Before Winter Break - Early Release", false],
    ["Daylight Saving Time starts", false],
  ])("GIVEN the title %s THEN a day off is %s", (summary, blackout) => {
    expect(classifyCalendarEvent(titled(summary)).blackout).toBe(blackout);
  });

  it("GIVEN a closure category in any case THEN it is a day off whatever the title, and says why", () => {
    expect(classifyCalendarEvent(titled("Thanksgiving", { categories: ["holiday"] }))).toEqual({ blackout: true, because: "category HOLIDAY" });
    expect(classifyCalendarEvent(titled("Staff PD", { categories: ["District", "No-School"] }))).toEqual({ blackout: true, because: "category NO SCHOOL" });
    expect(classifyCalendarEvent(titled("Picture Day", { categories: ["SCHOOL EVENT"] })).blackout).toBe(false);
  });

  it("GIVEN Google's descriptions THEN a public holiday is a day off and an observance is not", () => {
    expect(classifyCalendarEvent(titled("Thanksgiving Day", { description: "Public holiday" }))).toEqual({ blackout: true, because: "a public holiday" });
    expect(classifyCalendarEvent(titled("Daylight Saving Time starts", { description: "Observance" }))).toEqual({ blackout: false, because: "an observance, not a day off" });
  });

  it("GIVEN a partnership's own words THEN they replace the defaults", () => {
    expect(classifyCalendarEvent(titled("Teacher Workday")).blackout).toBe(false);
    expect(classifyCalendarEvent(titled("Teacher Workday"), [...DEFAULT_CLOSURE_WORDS, "teacher workday"])).toEqual({ blackout: true, because: '"teacher workday" in its title' });
    expect(classifyCalendarEvent(titled("Winter Break"), DEFAULT_CLOSURE_WORDS.filter((word) => word !== "break")).blackout).toBe(false);
  });
});

describe("reading real school calendars", () => {
  it("GIVEN a district calendar THEN its closures are blackouts (DTEND exclusive) and its school events are ignored, timed ones left out", () => {
    const reading = readCalendar(fixture("lincoln-isd-2026-27.ics"), TODAY);
    expect(reading.name).toBe("Lincoln ISD 2026-27");
    expect(days(reading.blackouts)).toEqual([
      "2026-11-25..2026-11-27 No School - Thanksgiving Holiday",
      "2026-12-21..2027-01-01 Winter Break",
      "2027-01-18..2027-01-18 No School",
      "2027-03-15..2027-03-19 Spring Break",
    ]);
    expect(days(reading.ignored)).toEqual([
      "2026-11-30..2026-12-04 Book Fair",
      "2026-12-03..2026-12-03 Picture Day",
      "2026-12-08..2026-12-08 Town Hall Grade 6",
      "2026-12-17..2026-12-17 Winter Holiday Concert",
      "2026-12-18..2026-12-18 Quarter 2 Ends",
    ]);
    expect(reading.timedEvents).toBe(1);
    expect(reading.skipped).toEqual([]);
  });

  it("GIVEN Google's holiday calendar THEN public holidays are blackouts and observances such as Daylight Saving Time are ignored", () => {
    const reading = readCalendar(fixture("google-us-holidays.ics"), TODAY);
    expect(days(reading.blackouts)).toEqual(["2026-11-26..2026-11-26 Thanksgiving Day", "2026-12-25..2026-12-25 Christmas Day"]);
    expect(reading.ignored.map((day) => `${day.summary}: ${day.because}`)).toContain("Daylight Saving Time starts: an observance, not a day off");
    expect(reading.skipped).toEqual([]);
  });

  it("GIVEN events without UIDs THEN each is keyed by its first day and title", () => {
    const reading = readCalendar(fixture("jefferson-no-uids.ics"), TODAY);
    expect(reading.blackouts.map((day) => day.key).sort()).toEqual(["2026-11-25:thanksgiving break", "2027-01-01:new year s day no school"]);
    expect(reading.ignored.map((day) => day.summary)).toEqual(["Early Release"]);
  });

  it("GIVEN a property repeated inside one event THEN the first that says something counts, and categories add up", () => {
    const reading = readCalendar(fixture("roosevelt-repeated-properties.ics"), TODAY);
    expect(reading.blackouts).toEqual([{ key: "rms-winter@roosevelt", startsOn: "2026-12-21", endsOn: "2027-01-03", summary: "Winter Recess", because: "category HOLIDAY" }]);
    expect(reading.ignored.map((day) => day.summary)).toEqual(["Family Science Night"]);
  });

  it("GIVEN a file that ends mid-event THEN the complete events are read and the cut one is reported", () => {
    const reading = readCalendar(fixture("washington-truncated.ics"), TODAY);
    expect(days(reading.blackouts)).toEqual(["2026-11-25..2026-11-27 Thanksgiving Holiday"]);
    expect(reading.skipped).toEqual([{ what: "the event on line 21", reason: "the file stops in the middle of it" }]);
    expect(readCalendar(fixture("washington-truncated.ics").replace("DTSTART;VALUE=DATE:20261221", "SUMMARY:Winter Break\r\nDTSTART;VALUE=DATE:20261221"), TODAY).skipped).toEqual([
      { what: '"Winter Break" (line 21)', reason: "the file stops in the middle of it" },
    ]);
  });

  it("GIVEN folded lines, LF endings and one broken event among good ones THEN the good ones are read and the broken one is said", () => {
    const text = [
      "BEGIN:VCALENDAR",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART;VALUE=DATE:20261221",
      "DTEND;VALUE=DATE:20261223",
      "SUMMARY:No School - Winter",
      "  Break",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "DTSTART;VALUE=DATE:2027XX06",
      "SUMMARY:Spring Holiday",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:c",
      "DTSTART;VALUE=DATE:20270410",
      "DTEND;VALUE=DATE:20270401",
      "SUMMARY:Holiday backwards",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\n");
    const reading = readCalendar(text, TODAY);
    expect(days(reading.blackouts)).toEqual(["2026-12-21..2026-12-22 No School - Winter Break"]);
    expect(reading.skipped).toEqual([
      { what: '"Spring Holiday" (line 9)', reason: "its dates are not ones I can read" },
      { what: '"Holiday backwards" (line 14)', reason: "it ends (2027-04-01) before it starts (2027-04-10)" },
    ]);
  });

  it("GIVEN an all-day event repeating hourly, or a repeat rule that is not one, THEN that event is skipped and said, the rest read", () => {
    const event = (uid: string, ...lines: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, ...lines, "END:VEVENT"];
    const text = ["BEGIN:VCALENDAR", ...event("ok", "DTSTART;VALUE=DATE:20261221", "SUMMARY:Winter Break"), ...event("hourly", "DTSTART;VALUE=DATE:20270406", "SUMMARY:Spring Holiday", "RRULE:FREQ=HOURLY"), ...event("odd", "DTSTART;VALUE=DATE:20270406", "SUMMARY:Odd Holiday", "RRULE:FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1"), "END:VCALENDAR"].join("\r\n");
    const reading = readCalendar(text, TODAY);
    expect(days(reading.blackouts)).toEqual(["2026-12-21..2026-12-21 Winter Break"]);
    expect(reading.skipped).toEqual([
      { what: '"Spring Holiday" (line 7)', reason: "it is an all-day event that repeats more often than daily (RRULE FREQ=HOURLY)" },
      { what: '"Odd Holiday" (line 13)', reason: "I cannot follow how it repeats (its RRULE)" },
    ]);
  });

  it("GIVEN events more than a year past or two years ahead THEN they are left out, counted, and kept from removal", () => {
    const text = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:old", "DTSTART;VALUE=DATE:20240406", "SUMMARY:Spring Break", "END:VEVENT", "BEGIN:VEVENT", "UID:now", "DTSTART;VALUE=DATE:20261221", "SUMMARY:Winter Break", "END:VEVENT", "END:VCALENDAR"].join("\r\n");
    const reading = readCalendar(text, TODAY);
    expect(reading.blackouts.map((day) => day.key)).toEqual(["now"]);
    expect(reading.leftOut.outsideWindow).toBe(1);
    expect(reading.otherKeys).toEqual(["old"]);
  });

  it("GIVEN text that is not a calendar, or a calendar with no complete event, THEN it is refused with what to do", () => {
    expect(() => readCalendar("<html>SECRET</html>", TODAY)).toThrow(UserError);
    expect(() => readCalendar("<html>SECRET</html>", TODAY)).toThrow(/does not start with BEGIN:VCALENDAR/);
    expect(() => readCalendar("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Winter Break\r\nDTSTART;VALUE=DATE:2026", TODAY)).toThrow(/no complete event in that calendar \(1 is cut off: "Winter Break" \(line 2\)\)/);
  });
});
