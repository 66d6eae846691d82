import ICAL from "ical.js";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it } from "vitest";
import { describeLeftOut } from "../../src/commands/schedule/describe-left-out.js";
import { CALENDAR_LIMITS, fetchCalendar } from "../../src/commands/schedule/fetch-calendar.js";
import { CALENDAR_CAPS, readCalendar } from "../../src/commands/schedule/read-calendar.js";
import { readCalendarInWorker } from "../../src/commands/schedule/read-calendar-in-worker.js";
import { UserError } from "../../src/errors.js";
import { startLocalHttpsServer, testFetchPolicy, type LocalHttpsServer } from "../support/local-https-server.js";

const TODAY = "2026-11-23";

function calendarOf(...events: string[][]): string {
  const body = events.map((lines, index) => ["BEGIN:VEVENT", `UID:event-${index}`, `SUMMARY:Holiday ${index}`, ...lines, "END:VEVENT"]);
  return ["BEGIN:VCALENDAR", "VERSION:2.0", ...body.flat(), "END:VCALENDAR"].join("\r\n");
}

/** Every occurrence ical.js yields from DTSTART itself, kept when it touches the window: the slow, plain answer. */
function walkFromStart(text: string, from: string, to: string): string[] {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
  const days = event.endDate === null ? 1 : event.endDate.subtractDate(event.startDate).toSeconds() / 86_400;
  const found: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const day = DateTime.fromObject({ year: next.year, month: next.month, day: next.day }).toISODate()!;
    if (day > to) break;
    if (DateTime.fromISO(day).plus({ days: days - 1 }).toISODate()! >= from) found.push(day);
  }
  return found;
}

describe("reading a school calendar's repeating events", () => {
  it.each([
    ["every other Monday and Wednesday since 1990", ["DTSTART;VALUE=DATE:19900103", "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE"]],
    ["the first Friday of each month since 1900", ["DTSTART;VALUE=DATE:19000105", "RRULE:FREQ=MONTHLY;BYDAY=1FR"]],
    ["every third day, three days long, since 1970", ["DTSTART;VALUE=DATE:19700101", "DTEND;VALUE=DATE:19700104", "RRULE:FREQ=DAILY;INTERVAL=3"]],
    ["July 4th since 1776", ["DTSTART;VALUE=DATE:17760704", "RRULE:FREQ=YEARLY"]],
    ["every 31st since 1950 (not moved ahead: short months)", ["DTSTART;VALUE=DATE:19500131", "RRULE:FREQ=MONTHLY"]],
    ["weekdays until 2027, with a day excepted", ["DTSTART;VALUE=DATE:20000103", "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20270301", "EXDATE;VALUE=DATE:20261125"]],
    ["ten times from 2026", ["DTSTART;VALUE=DATE:20261101", "RRULE:FREQ=WEEKLY;COUNT=10"]],
  ])("GIVEN an event repeating %s THEN it yields the days it always did, within the window only", (_case, lines) => {
    const text = calendarOf(lines);
    const read = readCalendar(text, TODAY, undefined, { ...CALENDAR_CAPS, blackouts: 10_000 });
    expect(read.window).toEqual({ from: "2025-11-23", to: "2028-11-23" });
    const days = read.blackouts.map((blackout) => blackout.startsOn).sort();
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual(walkFromStart(text, read.window.from, read.window.to));
  });

  it("reads an event repeating daily since 1600 in the window only, and keeps the nearest upcoming 500", () => {
    const read = readCalendar(calendarOf(["DTSTART;VALUE=DATE:16000101", "RRULE:FREQ=DAILY"]), TODAY);
    expect(read.blackouts).toHaveLength(500);
    expect(read.blackouts[0]!.startsOn).toBe(TODAY);
    expect(read.leftOut.blackoutsOverCap).toBe(1097 - 500);
    expect(describeLeftOut(read)).toEqual(["597 days over the limit of 500 blackouts (the nearest upcoming ones were kept)"]);
  });

  it("stops a repeat it cannot move ahead (COUNT since 1600) at the repeat cap, and says so", () => {
    const read = readCalendar(calendarOf(["DTSTART;VALUE=DATE:16000101", "RRULE:FREQ=DAILY;COUNT=1000000"], ["DTSTART;VALUE=DATE:20261221"]), TODAY);
    expect(read.blackouts.map((blackout) => blackout.startsOn)).toEqual(["2026-12-21"]);
    expect(describeLeftOut(read)).toEqual([`later repeats of 1 repeating events, past ${CALENDAR_CAPS.repeats} repeats in all`]);
  });

  it("reads only the first events up to the cap, and says how many it did not", () => {
    const read = readCalendar(calendarOf(["DTSTART;VALUE=DATE:20261221"], ["DTSTART;VALUE=DATE:20261222"], ["DTSTART;VALUE=DATE:20261223"]), TODAY, undefined, { ...CALENDAR_CAPS, events: 2 });
    expect(read.blackouts).toHaveLength(2);
    expect(describeLeftOut(read, { ...CALENDAR_CAPS, events: 2 })).toEqual(["1 events after the first 2"]);
  });

  it("stops a rule that never matches a day after the time limit, with an error the user can act on", async () => {
    const never = calendarOf(["DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"]);
    const error = await readCalendarInWorker(never, TODAY, { limitMs: 1_000 }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain("That calendar took over 1 seconds to read, so I stopped and imported nothing.");
  });

  it("reads a calendar in the worker as it does in place", async () => {
    const text = calendarOf(["DTSTART;VALUE=DATE:20261221", "DTEND;VALUE=DATE:20270105"], ["DTSTART:20261210T180000Z"]);
    expect(await readCalendarInWorker(text, TODAY)).toEqual(readCalendar(text, TODAY));
  });
});

describe("downloading a calendar", () => {
  let server: LocalHttpsServer | undefined;
  afterEach(async () => server?.close());

  it("answers a server that drips its calendar past the time limit with an error the user can act on", async () => {
    server = await startLocalHttpsServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/calendar" }).write("BEGIN:VCALENDAR\r\n");
      const drip = setInterval(() => response.write("X"), 50);
      response.on("close", () => clearInterval(drip));
    });
    const address = `https://calendar.test:${server.port}/slow.ics`;
    const error = await fetchCalendar(address, testFetchPolicy({ "calendar.test": "127.0.0.1" }), { ...CALENDAR_LIMITS, timeoutMs: 500 }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`I could not download the calendar at ${address} (it did not send the whole file within 0.5 seconds). Check the address, or paste the .ics file's content instead. Nothing was imported.`);
  });
});
