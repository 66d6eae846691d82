import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const enrollment = (bot: TestBot) => bot.store.db.metric.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, key: "enrollment" } });
const metricAudits = (bot: TestBot) => bot.store.db.auditEntry.findMany({ where: { entity: { in: ["metric", "metric-reading"] } }, orderBy: { id: "asc" } });
const bars = (message: Message) => message.blocks.flatMap((block) => (block.type === "progress" ? [block.label] : []));

async function checkInMetricLabels(bot: TestBot): Promise<string[]> {
  const form = await bot.run("checkin robotics-tx", maria);
  if (form.kind !== "form") throw new Error("expected the check-in form");
  return form.fields.filter((field) => field.id.startsWith("metric-")).map((field) => field.label);
}

describe("metric edit", () => {
  it("changes the target and due date, keeps the key and readings, and audits before and after", async () => {
    testBot = await createTestBot();
    const before = await enrollment(testBot);
    const readings = await testBot.store.db.metricReading.count({ where: { metricId: before.id } });
    const reply = await testBot.say("metric edit robotics-tx enrollment --target 40 --due 2027-06-15", maria);
    expect(reply.error).toBeUndefined();
    expect(plainTextOf(reply)).toContain("target from 35 to 40");
    expect(plainTextOf(reply)).toContain(`due date from "${before.dueOn}" to "2027-06-15"`);
    expect(plainTextOf(reply)).toContain("Its key stays `enrollment`");
    expect(await enrollment(testBot)).toMatchObject({ id: before.id, key: "enrollment", target: 40, dueOn: "2027-06-15" });
    expect(await testBot.store.db.metricReading.count({ where: { metricId: before.id } })).toBe(readings);
    const [audit] = await metricAudits(testBot);
    expect(audit).toMatchObject({ action: "update", entity: "metric", entityId: String(before.id) });
    expect(JSON.parse(audit!.before!)).toEqual({ key: "enrollment", name: "Robotics club enrollment", target: 35, dueOn: before.dueOn });
    expect(JSON.parse(audit!.after!)).toEqual({ key: "enrollment", target: 40, dueOn: "2027-06-15" });
  });

  it("renames a metric under the same key: readings and commands still find it", async () => {
    testBot = await createTestBot();
    await testBot.say('metric edit robotics-tx enrollment --name "Club members" --unit members');
    expect(bars(await testBot.say("metric list robotics-tx"))).toContain("Club members (enrollment)");
    const recorded = await testBot.say("metric record robotics-tx enrollment 33");
    expect(recorded.heading).toBe("Club members: 33 members (was 31)");
  });

  it("follows a target moved below the baseline: lower is better now", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("metric edit robotics-tx enrollment --target 20");
    expect(plainTextOf(reply)).toContain("lower is better");
    expect((await enrollment(testBot)).direction).toBe("decrease");
  });

  it.each([
    ["a target that is not a number", "metric edit robotics-tx enrollment --target abc", "<target>: expected a number such as 42 or 3.5"],
    ["an endless number", `metric edit robotics-tx enrollment --baseline 1${"0".repeat(400)}`, "<baseline>: use a number between -1,000,000,000,000 and 1,000,000,000,000"],
    ["a due date that is no date", "metric edit robotics-tx enrollment --due soon", "use YYYY-MM-DD, such as 2027-05-31"],
    ["a due date that has passed", "metric edit robotics-tx enrollment --due 2026-01-01", "2026-01-01 has passed"],
    ["a target equal to the baseline", "metric edit robotics-tx enrollment --target 25", "equals the baseline of 25"],
    ["nothing to change", "metric edit robotics-tx enrollment", "say what to change: --name, --unit, --baseline, --target or --due"],
  ])("refuses %s, says what to type, and changes nothing", async (_what, line, expected) => {
    testBot = await createTestBot();
    const before = await enrollment(testBot);
    const reply = await testBot.say(line);
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain(expected);
    expect(await enrollment(testBot)).toEqual(before);
    expect(await metricAudits(testBot)).toEqual([]);
  });

  it("suggests the closest key for an unknown metric", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("metric edit robotics-tx enrolment --target 40");
    expect(reply.error).toBe("not-found");
    expect(plainTextOf(reply)).toContain("Did you mean `enrollment`?");
  });

  it("refuses a visitor and another partnership's liaison", async () => {
    testBot = await createTestBot();
    expect((await testBot.say("metric edit robotics-tx enrollment --target 99", visitor)).error).toBe("forbidden");
    expect((await testBot.say("metric edit solar-oh kwh --target 99", maria)).error).toBe("forbidden");
    expect(await metricAudits(testBot)).toEqual([]);
  });
});

describe("metric retire and restore", () => {
  it("asks first, and retires nothing without --yes", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("metric retire robotics-tx confidence", maria);
    expect(reply.heading).toBe("Confirm: Retire the metric Student confidence (survey average) (confidence) of robotics-tx?");
    expect(plainTextOf(reply)).toContain("its question in every check-in from now on");
    expect(plainTextOf(reply)).toContain("metric retire robotics-tx confidence --yes");
    expect((await testBot.store.db.metric.findFirstOrThrow({ where: { key: "confidence" } })).retiredAt).toBeNull();
    expect(await metricAudits(testBot)).toEqual([]);
  });

  it("stops asking for a retired metric in check-ins and status, keeps it in metric list, and brings it back on restore", async () => {
    testBot = await createTestBot();
    expect((await checkInMetricLabels(testBot)).some((label) => label.startsWith("Student confidence"))).toBe(true);
    const retired = await testBot.say("metric retire robotics-tx confidence --yes", maria);
    expect(retired.error).toBeUndefined();
    expect(await checkInMetricLabels(testBot)).toEqual(["Robotics club enrollment (students)", "Mentor hours per month (hours)"]);
    expect(bars(await testBot.say("status robotics-tx")).some((label) => label.includes("confidence"))).toBe(false);
    const list = await testBot.say("metric list robotics-tx", visitor);
    expect(bars(list)).toContain("Student confidence (survey average) (confidence, retired 2026-11-23)");
    const record = await testBot.say("metric record robotics-tx confidence 3.8", maria);
    expect(record.error).toBe("conflict");
    expect(plainTextOf(record)).toContain("/partner metric restore robotics-tx confidence");
    expect((await metricAudits(testBot)).map((audit) => audit.action)).toEqual(["retire"]);
    const page = await testBot.bot.viewPartnership({ actor: visitor }, "robotics-tx");
    const confidence = page!.metrics.find((metric) => metric.name.startsWith("Student confidence"))!;
    expect(confidence.retiredOn).toBe("2026-11-23");
    expect(confidence.readings.length).toBeGreaterThan(0);

    const restored = await testBot.say("metric restore robotics-tx confidence", maria);
    expect(restored.error).toBeUndefined();
    expect(await checkInMetricLabels(testBot)).toHaveLength(3);
    expect((await metricAudits(testBot)).map((audit) => audit.action)).toEqual(["retire", "restore"]);
  });
});
