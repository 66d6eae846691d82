import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
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
  // Importing calendars: tests/commands/calendar-import.test.ts and calendar-classification.test.ts.
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
