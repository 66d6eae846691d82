import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { ConsolePlatform } from "../../adapters/console/console-platform.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";
import { silentLogger } from "./support/scheduler-fixture.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

describe("the console shows what the scheduler sends", () => {
  it("prints a digest when the demo round closes, then the next prompts; a liaison answers from the button and gets no reminder", async () => {
    testBot = await createTestBot();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    const scheduler = new Scheduler({ store: testBot.store, platforms: [new ConsolePlatform(output)], clock: testBot.clock, logger: silentLogger, workerId: "console" });
    await scheduler.tick();

    testBot.clock.set(new Date("2026-11-26T15:00:00Z"));
    await scheduler.tick();
    expect(printed).toContain("[digest to @maria.alvarez]");
    expect(printed).toContain("== Middle School Robotics Mentorship: check-in digest, week of 2026-11-23 ==");
    expect(printed).toContain("  Answered: 3 of 3 (Maria Alvarez, Dev Patel, Sam Okafor)");
    expect(printed).toContain("Robotics club enrollment");

    printed = "";
    testBot.clock.set(new Date("2026-11-30T15:00:05Z"));
    await scheduler.tick();
    expect(printed).toContain("[checkin to @maria.alvarez]\n@maria.alvarez\n== Check-in for Middle School Robotics Mentorship, week of 2026-11-30 ==");
    expect(printed).toContain("[Start check-in]");

    const form = await testBot.bot.runAction("checkin.start", String((await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } })).id), { actor: maria });
    expect(form.kind).toBe("form");
    if (form.kind !== "form") return;
    const saved = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", highlights: "Drivetrains done" }, { actor: maria });
    expect(saved.kind === "message" && saved.heading).toBe("Check-in saved");

    printed = "";
    testBot.clock.set(new Date("2026-12-02T15:00:05Z"));
    await scheduler.tick();
    expect(printed).toContain("[reminder to @dev.patel]");
    expect(printed).toContain("[reminder to @sam.okafor]");
    expect(printed).not.toContain("[reminder to @maria.alvarez]");
  });
});
