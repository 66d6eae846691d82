import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { startLocalHttpsServer, testFetchPolicy, type LocalHttpsServer } from "../support/local-https-server.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";
import { FakePlatform } from "./support/fake-platform.js";
import { silentLogger } from "./support/scheduler-fixture.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendars/${name}`, import.meta.url), "utf8");
const WEEK_MS = 7 * 86_400_000;

let testBot: TestBot | undefined;
let server: LocalHttpsServer | undefined;
afterEach(async () => {
  await testBot?.close();
  await server?.close();
});

describe("a calendar imported from an address is read again every week", () => {
  it("picks up a snow day the district added, posts the change to the updates channel once, and two schedulers read it once", async () => {
    const files: Record<string, string> = { "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") };
    server = await startLocalHttpsServer((request, response) => {
      const file = files[request.url ?? ""];
      if (file === undefined) response.writeHead(500).end("SECRET down");
      else response.writeHead(200, { "content-type": "text/calendar" }).end(file);
    });
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    testBot = await createTestBot({ outboundFetch: policy });
    const bot = testBot;
    const robotics = await bot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    await bot.bot.runCommandLine("link robotics-tx updates", { actor: maria, channelId: "C-updates" });
    await bot.say(`calendar import robotics-tx https://calendar.test:${server.port}/lincoln.ics --yes`, maria);

    const platform = new FakePlatform();
    const scheduler = (workerId: string) => new Scheduler({ store: bot.store, platforms: [platform], clock: bot.clock, logger: silentLogger, workerId, outboundFetch: policy });
    // Within the week nothing is read again.
    await scheduler("a").tick();
    expect(server.requests.filter((path) => path === "/lincoln.ics")).toHaveLength(1);

    files["/lincoln.ics"] = fixture("lincoln-isd-2026-27-snow-day.ics");
    bot.clock.set(new Date(bot.clock.now().getTime() + WEEK_MS));
    const [a, b] = [scheduler("a"), scheduler("b")];
    await Promise.all([a.tick(), b.tick()]);
    // The tick queued the update; the outbox poll (or the next tick) sends it.
    await a.dispatcher.drain();
    expect(server.requests.filter((path) => path === "/lincoln.ics")).toHaveLength(2);
    const snow = await bot.store.db.blackout.findMany({ where: { partnershipId: robotics.id, reason: "Snow Day - Schools Closed" } });
    expect(snow.map((blackout) => [blackout.startsOn, blackout.endsOn, blackout.source])).toEqual([["2027-02-04", "2027-02-04", "calendar"]]);

    const updates = platform.ofKind("calendar-update");
    expect(updates.map((delivery) => delivery.target)).toEqual([{ kind: "channel", id: "C-updates" }]);
    const message = plainTextOf(updates[0]!.message.message);
    expect(message).toContain("School calendar changed: Lincoln ISD 2026-27");
    expect(message).toContain("added 2027-02-04: Snow Day - Schools Closed");
    expect(await bot.store.db.auditEntry.count({ where: { entity: "calendar", actorId: null } })).toBe(1);

    // The next week, nothing changed: read again, nothing posted.
    bot.clock.set(new Date(bot.clock.now().getTime() + WEEK_MS));
    await scheduler("a").tick();
    expect(server.requests.filter((path) => path === "/lincoln.ics")).toHaveLength(3);
    expect(platform.ofKind("calendar-update")).toHaveLength(1);
  });

  it("logs a calendar that cannot be read, keeps its blackouts, and tries again the next week without stopping the tick", async () => {
    let answer = 200;
    const file = fixture("lincoln-isd-2026-27.ics");
    server = await startLocalHttpsServer((_request, response) => {
      if (answer === 200) response.writeHead(200, { "content-type": "text/calendar" }).end(file);
      else response.writeHead(answer).end("SECRET down");
    });
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    testBot = await createTestBot({ outboundFetch: policy });
    const bot = testBot;
    await bot.say(`calendar import robotics-tx https://calendar.test:${server.port}/lincoln.ics --yes`, maria);
    const blackouts = await bot.store.db.blackout.count();
    const platform = new FakePlatform();
    const scheduler = new Scheduler({ store: bot.store, platforms: [platform], clock: bot.clock, logger: silentLogger, workerId: "a", outboundFetch: policy });

    answer = 503;
    bot.clock.set(new Date(bot.clock.now().getTime() + WEEK_MS));
    const report = await scheduler.tick();
    expect(report).toBeDefined();
    const source = await bot.store.db.calendarSource.findFirstOrThrow();
    expect(source.lastError).toContain("it answered HTTP 503");
    expect(source.nextReadAt!.getTime()).toBe(bot.clock.now().getTime() + WEEK_MS);
    expect(await bot.store.db.blackout.count()).toBe(blackouts);
    expect(platform.ofKind("calendar-update")).toEqual([]);
    expect(plainTextOf(await bot.say("schedule show robotics-tx", maria))).toMatch(/School calendars\n.*Lincoln ISD 2026-27 \(https:\/\/calendar\.test:\d+\/lincoln\.ics\): read again .*; the last read failed: I could not download the calendar at .* \(it answered HTTP 503\)/);

    answer = 200;
    bot.clock.set(new Date(bot.clock.now().getTime() + WEEK_MS));
    await scheduler.tick();
    expect((await bot.store.db.calendarSource.findFirstOrThrow()).lastError).toBeNull();
    expect(server.requests).toHaveLength(3);
  });
});
