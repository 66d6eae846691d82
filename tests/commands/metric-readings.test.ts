import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const readingsOf = async (bot: TestBot, key = "enrollment") => {
  const metric = await bot.store.db.metric.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, key } });
  return bot.store.db.metricReading.findMany({ where: { metricId: metric.id }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] });
};
const readingAudits = (bot: TestBot) => bot.store.db.auditEntry.findMany({ where: { entity: "metric-reading" }, orderBy: { id: "asc" } });
const items = (message: Message) => message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));

describe("metric readings", () => {
  it("lists a metric's readings newest first, numbered from the first reading", async () => {
    testBot = await createTestBot();
    const readings = await readingsOf(testBot);
    const reply = await testBot.say("metric readings robotics-tx enrollment", visitor);
    expect(reply.heading).toBe(`Readings of Robotics club enrollment (${readings.length})`);
    const lines = items(reply);
    expect(lines[0]).toMatch(new RegExp(`^#${readings.length}, \\d{4}-\\d{2}-\\d{2}: ${readings.at(-1)!.value} students`));
    expect(lines.at(-1)).toMatch(/^#\d+, /);
    expect(plainTextOf(reply)).toContain("/partner metric correct robotics-tx enrollment <number> <value>");
  });

  it("keeps a reading's number when new readings come in", async () => {
    testBot = await createTestBot();
    const before = items(await testBot.say("metric readings robotics-tx enrollment"));
    await testBot.say("metric record robotics-tx enrollment 33");
    const after = items(await testBot.say("metric readings robotics-tx enrollment"));
    expect(after.slice(1, before.length + 1)).toEqual(before);
  });
});

describe("metric correct", () => {
  it("corrects a reading by its number, keeps its day and who, and audits the value before and after", async () => {
    testBot = await createTestBot();
    const readings = await readingsOf(testBot);
    const third = readings[2]!;
    const reply = await testBot.say("metric correct robotics-tx enrollment 3 29", maria);
    expect(reply.error).toBeUndefined();
    expect(plainTextOf(reply)).toContain(`#3, `);
    expect(plainTextOf(reply)).toContain(`: 29 students`);
    expect(plainTextOf(reply)).toContain(`(was ${third.value} students)`);
    const after = await readingsOf(testBot);
    expect(after[2]).toMatchObject({ id: third.id, value: 29, recordedAt: third.recordedAt, recordedById: third.recordedById });
    expect(after.filter((reading) => reading.id !== third.id)).toEqual(readings.filter((reading) => reading.id !== third.id));
    const [audit] = await readingAudits(testBot);
    expect(audit).toMatchObject({ action: "correct", entityId: String(third.id) });
    expect(JSON.parse(audit!.before!)).toMatchObject({ key: "enrollment", value: third.value });
    expect(JSON.parse(audit!.after!)).toMatchObject({ key: "enrollment", value: 29 });
  });

  it("corrects the one reading of a day named by its date", async () => {
    testBot = await createTestBot();
    testBot.clock.advance(2 * 24 * 60 * 60 * 1000);
    await testBot.say("metric record robotics-tx enrollment 330");
    const reply = await testBot.say("metric correct robotics-tx enrollment 2026-11-25 33");
    expect(reply.error, plainTextOf(reply)).toBeUndefined();
    expect((await readingsOf(testBot)).at(-1)!.value).toBe(33);
  });

  it("asks for the number when a day has more than one reading", async () => {
    testBot = await createTestBot();
    await testBot.say("metric record robotics-tx enrollment 32");
    await testBot.say("metric record robotics-tx enrollment 33");
    const reply = await testBot.say("metric correct robotics-tx enrollment 2026-11-23 34");
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toMatch(/has 3 readings from 2026-11-23 .*give the number of the one you mean/);
    expect((await readingAudits(testBot)).map((audit) => audit.action)).toEqual(["create", "create"]);
  });

  it.each([
    ["a value that is not a number", "metric correct robotics-tx enrollment 3 abc", "bad-arguments", "<value>: expected a number such as 42 or 3.5"],
    ["a reading that is neither a number nor a day", "metric correct robotics-tx enrollment latest 30", "bad-arguments", "give its number from /partner metric readings"],
    ["a number past the last reading", "metric correct robotics-tx enrollment 999 30", "not-found", "has no reading #999"],
    ["an unknown metric", "metric correct robotics-tx enrolment 3 30", "not-found", "Did you mean `enrollment`?"],
  ])("refuses %s and changes nothing", async (_what, line, code, expected) => {
    testBot = await createTestBot();
    const before = await readingsOf(testBot);
    const reply = await testBot.say(line, maria);
    expect(reply.error).toBe(code);
    expect(plainTextOf(reply)).toContain(expected);
    expect(await readingsOf(testBot)).toEqual(before);
    expect(await readingAudits(testBot)).toEqual([]);
  });

  it("refuses someone who may not change the partnership", async () => {
    testBot = await createTestBot();
    expect((await testBot.say("metric correct robotics-tx enrollment 3 30", visitor)).error).toBe("forbidden");
    expect(await readingAudits(testBot)).toEqual([]);
  });
});

describe("metric unrecord", () => {
  it("shows the reading that will go and deletes nothing without --yes", async () => {
    testBot = await createTestBot();
    const before = await readingsOf(testBot);
    const reply = await testBot.say("metric unrecord robotics-tx enrollment 2", maria);
    expect(reply.heading).toBe("Confirm: Delete a reading of Robotics club enrollment (enrollment)?");
    expect(plainTextOf(reply)).toContain(`the reading #2, `);
    expect(plainTextOf(reply)).toContain("metric unrecord robotics-tx enrollment 2 --yes");
    expect(await readingsOf(testBot)).toEqual(before);
    expect(await readingAudits(testBot)).toEqual([]);
  });

  it("deletes the reading with --yes, and the audit log keeps its value", async () => {
    testBot = await createTestBot();
    const before = await readingsOf(testBot);
    const reply = await testBot.say("metric unrecord robotics-tx enrollment 2 --yes", maria);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("Deleted a reading of Robotics club enrollment");
    expect((await readingsOf(testBot)).map((reading) => reading.id)).toEqual(before.filter((_, index) => index !== 1).map((reading) => reading.id));
    const [audit] = await readingAudits(testBot);
    expect(audit).toMatchObject({ action: "delete", entityId: String(before[1]!.id), after: null });
    expect(JSON.parse(audit!.before!)).toMatchObject({ key: "enrollment", value: before[1]!.value });
  });

  it("refuses a visitor even with --yes", async () => {
    testBot = await createTestBot();
    const before = await readingsOf(testBot);
    expect((await testBot.say("metric unrecord robotics-tx enrollment 2 --yes", visitor)).error).toBe("forbidden");
    expect(await readingsOf(testBot)).toEqual(before);
  });
});
