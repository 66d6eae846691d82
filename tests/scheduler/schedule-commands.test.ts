import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { startLocalHttpsServer, testFetchPolicy } from "../support/local-https-server.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { FakePlatform } from "./support/fake-platform.js";
import { silentLogger } from "./support/scheduler-fixture.js";
import { formatDeliveryTarget } from "../../src/ports/delivery-target.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const CALENDAR = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Lincoln ISD//School Calendar//EN",
  "BEGIN:VEVENT",
  "UID:winter-2026@lincoln",
  "DTSTART;VALUE=DATE:20261221",
  "DTEND;VALUE=DATE:20270105",
  "SUMMARY:Winter break",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:staar-2027@lincoln",
  "DTSTART;VALUE=DATE:20270406",
  "DTEND;VALUE=DATE:20270409",
  "SUMMARY:STAAR testing",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:board-2026@lincoln",
  "DTSTART:20261210T180000Z",
  "DTEND:20261210T200000Z",
  "SUMMARY:School board meeting",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

async function changesSoFar(): Promise<{ schedule: unknown; blackouts: number; absences: number; audits: number }> {
  const db = testBot.store.db;
  const partnership = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" }, include: { schedule: true } });
  return { schedule: partnership.schedule, blackouts: await db.blackout.count(), absences: await db.absence.count(), audits: await db.auditEntry.count() };
}

describe("schedule show and set", () => {
  it("shows the default schedule and the next round in the partnership's time zone", async () => {
    testBot = await createTestBot();
    const text = plainTextOf(await testBot.say("schedule show robotics-tx", visitor));
    expect(text).toContain("Schedule: Weekly on Monday at 09:00 (America/Chicago)");
    expect(text).toContain("Next round: Monday 30 November 2026, 09:00 (America/Chicago)");
    expect(text).toContain("Open round: week of 2026-11-23");
  });

  it("changes weekday, time, time zone and cadence, and the scheduler follows the new time", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("schedule set robotics-tx --day tuesday --time 3:30pm --timezone Europe/Berlin --cadence biweekly", maria);
    expect(reply.heading).toBe("Check-ins for Middle School Robotics Mentorship: Every two weeks on Tuesday at 15:30 (Europe/Berlin)");
    expect(plainTextOf(reply)).toContain("Next round: Tuesday 24 November 2026, 15:30 (Europe/Berlin)");
    const partnership = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" }, include: { schedule: true } });
    expect(partnership.timezone).toBe("Europe/Berlin");
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "schedule" } })).toBe(1);

    const platform = new FakePlatform();
    const scheduler = new Scheduler({ store: testBot.store, platforms: [platform], clock: testBot.clock, logger: silentLogger, workerId: "t" });
    testBot.clock.set(new Date("2026-11-24T14:30:00Z"));
    await scheduler.tick();
    const round = await testBot.store.db.round.findFirstOrThrow({ where: { partnershipId: partnership.id, period: "2026-11-24" } });
    expect(round.opensAt.toISOString()).toBe("2026-11-24T14:30:00.000Z");
    expect(platform.ofKind("checkin").map((prompt) => formatDeliveryTarget(prompt.target)).sort()).toEqual(["user:dev.patel", "user:maria.alvarez", "user:sam.okafor"]);
  });

  it.each([
    ["an impossible time", "schedule set robotics-tx --time 25:00", '"25:00" is not a time of day'],
    ["an unknown time zone", "schedule set robotics-tx --timezone Mars/Olympus", "not a time zone I know"],
    ["an unknown weekday", "schedule set robotics-tx --day someday", '"someday" is not a weekday'],
    ["a reminder after closing", "schedule set robotics-tx --close-after 24 --remind-before 30", "make --remind-before less than --close-after"],
    ["nothing to change", "schedule set robotics-tx", "Say what to change"],
  ])("refuses %s with a clear error and changes nothing", async (_case, line, error) => {
    testBot = await createTestBot();
    const before = await changesSoFar();
    const reply = await testBot.say(line);
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain(error);
    expect(await changesSoFar()).toEqual(before);
  });

  it("lets only liaisons and coordinators change the schedule", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("schedule set robotics-tx --time 10:00", visitor);
    expect(reply.error).toBe("forbidden");
  });
});

describe("pause and resume", () => {
  it("stops rounds while paused and starts again from the next scheduled time, without catching up", async () => {
    testBot = await createTestBot();
    const platform = new FakePlatform();
    const scheduler = new Scheduler({ store: testBot.store, platforms: [platform], clock: testBot.clock, logger: silentLogger, workerId: "t" });
    await scheduler.tick();
    expect((await testBot.say("pause robotics-tx", maria)).heading).toBe("Check-ins for Middle School Robotics Mentorship are paused");
    expect((await testBot.say("pause robotics-tx", maria)).error).toBe("conflict");

    testBot.clock.set(new Date("2026-11-30T17:00:30Z"));
    await scheduler.tick();
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    expect(await testBot.store.db.round.count({ where: { partnershipId: robotics.id, period: "2026-11-30" } })).toBe(0);
    expect(await testBot.store.db.round.count({ where: { period: "2026-11-30" } })).toBe(2);

    testBot.clock.set(new Date("2026-12-02T12:00:00Z"));
    expect(plainTextOf(await testBot.say("resume robotics-tx", maria))).toContain("Next round: Monday 7 December 2026, 09:00 (America/Chicago)");
    await scheduler.tick();
    expect(await testBot.store.db.round.count({ where: { partnershipId: robotics.id, period: "2026-11-30" } })).toBe(0);
    testBot.clock.set(new Date("2026-12-07T15:00:30Z"));
    await scheduler.tick();
    expect(await testBot.store.db.round.count({ where: { partnershipId: robotics.id, period: "2026-12-07" } })).toBe(1);
  });
});

describe("status and the schedule", () => {
  it("shows when the next check-in goes out once the scheduler has placed it, and not while paused", async () => {
    testBot = await createTestBot();
    const scheduler = new Scheduler({ store: testBot.store, platforms: [new FakePlatform()], clock: testBot.clock, logger: silentLogger, workerId: "t" });
    await scheduler.tick();
    expect(plainTextOf(await testBot.say("status robotics-tx"))).toContain("Next check-in: Monday 30 November 2026, 09:00 (America/Chicago)");
    await testBot.say("pause robotics-tx", maria);
    expect(plainTextOf(await testBot.say("status robotics-tx"))).not.toContain("Next check-in");
  });
});

describe("pause with dates, and resume during a blackout", () => {
  it("skips the rounds of a school holiday given to pause, and resume ends it early", async () => {
    testBot = await createTestBot();
    const platform = new FakePlatform();
    const scheduler = new Scheduler({ store: testBot.store, platforms: [platform], clock: testBot.clock, logger: silentLogger, workerId: "t" });
    const paused = await testBot.say('pause robotics-tx 2026-11-28 2026-12-13 "Thanksgiving and exams"', maria);
    expect(paused.heading).toBe("No check-ins for Middle School Robotics Mentorship from 2026-11-28 to 2026-12-13");
    await scheduler.tick();
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    testBot.clock.set(new Date("2026-11-30T15:00:30Z"));
    await scheduler.tick();
    expect(await testBot.store.db.round.count({ where: { partnershipId: robotics.id, period: "2026-11-30" } })).toBe(0);

    testBot.clock.set(new Date("2026-12-02T12:00:00Z"));
    expect(plainTextOf(await testBot.say("resume robotics-tx", maria))).toContain("The blackout from 2026-11-28 to 2026-12-13 (Thanksgiving and exams) is over early.");
    testBot.clock.set(new Date("2026-12-07T15:00:30Z"));
    await scheduler.tick();
    expect(await testBot.store.db.round.count({ where: { partnershipId: robotics.id, period: "2026-12-07" } })).toBe(1);
  });

  it("refuses a holiday without its last day and changes nothing", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("pause robotics-tx 2026-12-21", maria);
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain("Give the last day too");
    expect(await testBot.store.db.blackout.count()).toBe(0);
  });
});

describe("blackouts, school calendars and out of office", () => {
  it("adds a blackout, and refuses one that ends before it starts without changing anything", async () => {
    testBot = await createTestBot();
    expect((await testBot.say('blackout add robotics-tx 2026-12-21 2027-01-01 "Winter break"', maria)).heading).toBe(
      "No check-ins for Middle School Robotics Mentorship from 2026-12-21 to 2027-01-01",
    );
    const before = await changesSoFar();
    const reply = await testBot.say("blackout add robotics-tx 2027-01-10 2027-01-03");
    expect(plainTextOf(reply)).toContain("ends (2027-01-03) before it starts (2027-01-10)");
    expect(await changesSoFar()).toEqual(before);
    expect(plainTextOf(await testBot.say("schedule show robotics-tx"))).toContain("2026-12-21 to 2027-01-01: Winter break");
    expect((await testBot.say("blackout remove robotics-tx 2026-12-21")).heading).toBe("Removed the blackout from 2026-12-21");
  });

  it("imports a school calendar's all-day events as blackouts, and a second import updates rather than duplicates", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say(`calendar import robotics-tx "${CALENDAR}"`, maria);
    expect(reply.heading).toBe("Imported 2 blackouts for Middle School Robotics Mentorship");
    expect(plainTextOf(reply)).toContain("2 new, 0 updated from an earlier import; 1 events with a time of day were left out");
    expect(plainTextOf(reply)).toContain("2026-12-21 to 2027-01-04: Winter break");
    expect(plainTextOf(reply)).toContain("2027-04-06 to 2027-04-08: STAAR testing");

    const again = await testBot.say(`calendar import robotics-tx ${CALENDAR.replace("Winter break", "Winter holidays")}`);
    expect(plainTextOf(again)).toContain("0 new, 2 updated");
    const blackouts = await testBot.store.db.blackout.findMany({ orderBy: { startsOn: "asc" } });
    expect(blackouts.map((blackout) => [blackout.startsOn, blackout.endsOn, blackout.reason, blackout.source])).toEqual([
      ["2026-12-21", "2027-01-04", "Winter holidays", "calendar"],
      ["2027-04-06", "2027-04-08", "STAAR testing", "calendar"],
    ]);
  });

  it.each([
    ["text that is not a calendar", "hello there", "not an iCalendar file I can read"],
    ["an all-day event that repeats every hour", CALENDAR.replace("SUMMARY:STAAR testing", "SUMMARY:STAAR testing\r\nRRULE:FREQ=HOURLY"), '"STAAR testing" is an all-day event that repeats more often than daily (RRULE FREQ=HOURLY)'],
    ["a repeat rule that is not one", CALENDAR.replace("SUMMARY:STAAR testing", "SUMMARY:STAAR testing\r\nRRULE:FREQ=YEARLY;BYYEARDAY=366;BYMONTH=1"), 'I cannot follow how "STAAR testing" repeats'],
    ["a broken date", CALENDAR.replace("20270406", "2027XX06"), "not an iCalendar file I can read"],
    ["an event that ends before it starts", CALENDAR.replace("DTEND;VALUE=DATE:20270409", "DTEND;VALUE=DATE:20270401"), '"STAAR testing" ends (2027-04-01) before it starts (2027-04-06)'],
    ["a calendar without all-day events", CALENDAR.replace(/BEGIN:VEVENT\r\nUID:(winter|staar)[\s\S]*?END:VEVENT\r\n/g, ""), "found no all-day events"],
  ])("refuses %s and imports nothing", async (_case, calendar, error) => {
    testBot = await createTestBot();
    const before = await changesSoFar();
    const reply = await testBot.say(`calendar import robotics-tx "${calendar}"`);
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain(error);
    // The parser's own message quotes the line it choked on, which may come from a downloaded page.
    expect(plainTextOf(reply)).not.toContain("hello there");
    expect(await changesSoFar()).toEqual(before);
  });

  it("expands an event repeating daily since 1600 only from a year back to two years ahead, keeps the nearest 500 and says what it left out", async () => {
    testBot = await createTestBot();
    const since1600 = CALENDAR.replace("DTSTART;VALUE=DATE:20270406\r\nDTEND;VALUE=DATE:20270409", "DTSTART;VALUE=DATE:16000101\r\nRRULE:FREQ=DAILY");
    const reply = await testBot.say(`calendar import robotics-tx "${since1600}"`, maria);
    expect(reply.heading).toBe("Imported 500 blackouts for Middle School Robotics Mentorship");
    expect(plainTextOf(reply)).toContain("Also left out: 598 days over the limit of 500 blackouts (the nearest upcoming ones were kept).");
    const days = await testBot.store.db.blackout.findMany({ where: { reason: "STAAR testing" }, orderBy: { startsOn: "asc" } });
    expect(days).toHaveLength(499);
    expect(days[0]!.startsOn).toBe("2026-11-23");
    expect(days.at(-1)!.startsOn).toBe("2028-04-04");
  });

  it("leaves out events more than a year past or two years ahead, and says so", async () => {
    testBot = await createTestBot();
    const spread = CALENDAR.replace("20270406", "20240406").replace("20270409", "20240409");
    const reply = await testBot.say(`calendar import robotics-tx "${spread}"`, maria);
    expect(reply.heading).toBe("Imported 1 blackouts for Middle School Robotics Mentorship");
    expect(plainTextOf(reply)).toContain("Also left out: 1 events outside 2025-11-23 to 2028-11-23.");
  });

  it("downloads a calendar the district publishes over https or webcal, and says so plainly when the address fails", async () => {
    const server = await startLocalHttpsServer((request, response) => {
      if (request.url === "/lincoln.ics") response.writeHead(200, { "content-type": "text/calendar" }).end(CALENDAR);
      else if (request.url === "/huge.ics") response.writeHead(200).end("X".repeat(1_100_000));
      else if (request.url === "/page.html") response.writeHead(200, { "content-type": "text/html" }).end("<html>SECRET admin console</html>");
      else response.writeHead(404).end("SECRET not here");
    });
    const base = `calendar.test:${server.port}`;
    try {
      testBot = await createTestBot({ outboundFetch: testFetchPolicy({ "calendar.test": "127.0.0.1" }) });
      const imported = await testBot.say(`calendar import robotics-tx https://${base}/lincoln.ics`, maria);
      expect(imported.heading).toBe("Imported 2 blackouts for Middle School Robotics Mentorship");
      // Slack sends links escaped, as <url> or <url|label>.
      const escaped = await testBot.say(`calendar import robotics-tx <webcal://${base}/lincoln.ics|lincoln.ics>`, maria);
      expect(plainTextOf(escaped)).toContain("0 new, 2 updated");
      const before = await changesSoFar();
      const missing = await testBot.say(`calendar import robotics-tx https://${base}/old.ics`, maria);
      expect(plainTextOf(missing)).toContain(`I could not download the calendar at https://${base}/old.ics (it answered HTTP 404)`);
      const huge = await testBot.say(`calendar import robotics-tx https://${base}/huge.ics`, maria);
      expect(plainTextOf(huge)).toContain("it is over 1 MB");
      const page = await testBot.say(`calendar import robotics-tx https://${base}/page.html`, maria);
      expect(plainTextOf(page)).toContain("That is not an iCalendar file I can read");
      for (const reply of [missing, huge, page]) expect(plainTextOf(reply)).not.toContain("SECRET");
      expect(await changesSoFar()).toEqual(before);
    } finally {
      await server.close();
    }
  });

  it("refuses plain http and addresses on the bot's own machine or network, however they are spelled, without fetching them", async () => {
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.writeHead(200, { "content-type": "text/calendar" }).end(CALENDAR);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      testBot = await createTestBot();
      const before = await changesSoFar();
      expect(plainTextOf(await testBot.say(`calendar import robotics-tx http://127.0.0.1:${port}/lincoln.ics`, maria))).toContain("(I only read https:// addresses; use the https:// one)");
      for (const host of ["127.0.0.1", "2130706433", "0x7f.1", "[::ffff:127.0.0.1]", "localhost"]) {
        const reply = await testBot.say(`calendar import robotics-tx https://${host}:${port}/lincoln.ics`, maria);
        expect(reply.error).toBe("bad-arguments");
        expect(plainTextOf(reply)).toContain("(that address is not on the public internet (loopback))");
      }
      expect(plainTextOf(await testBot.say("calendar import robotics-tx <webcal://169.254.169.254/latest/meta-data>", maria))).toContain("(that address is not on the public internet (link-local))");
      expect(requests).toBe(0);
      expect(await changesSoFar()).toEqual(before);
    } finally {
      server.close();
    }
  });

  it("marks a liaison out of office, and refuses a range that ends before it starts", async () => {
    testBot = await createTestBot();
    expect((await testBot.say("ooo robotics-tx 2026-12-21 2027-01-03", maria)).heading).toBe("Maria Alvarez is out of office 2026-12-21 to 2027-01-03");
    const before = await changesSoFar();
    expect(plainTextOf(await testBot.say("ooo robotics-tx 2027-01-03 2026-12-21", maria))).toContain("ends (2026-12-21) before it starts (2027-01-03)");
    expect((await testBot.say("ooo robotics-tx 2026-12-21 2026-12-24 --who maria.alvarez", maria)).error).toBe("forbidden");
    expect(await changesSoFar()).toEqual(before);
    expect(plainTextOf(await testBot.say("schedule show robotics-tx"))).toContain("Maria Alvarez: 2026-12-21 to 2027-01-03");
  });
});
