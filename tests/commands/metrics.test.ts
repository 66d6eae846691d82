import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

function bars(message: Message): { label: string; ratio: number; detail: string }[] {
  return message.blocks.flatMap((block) => (block.type === "progress" ? [{ label: block.label, ratio: block.ratio, detail: block.detail }] : []));
}

async function metricAudits(bot: TestBot): Promise<number> {
  return bot.store.db.auditEntry.count({ where: { entity: { in: ["metric", "metric-reading"] } } });
}

describe("metrics", () => {
  it("adds a metric and lists it with a progress bar at zero until the first reading", async () => {
    testBot = await createTestBot();
    const added = await testBot.say("metric add robotics-tx trips Field trips taken --target 6 --unit trips --due 2027-01-31", maria);
    expect(added.error).toBeUndefined();
    expect(added.heading).toBe("New success metric for Middle School Robotics Mentorship: Field trips taken");

    const list = await testBot.say("metric list robotics-tx", visitor);
    expect(list.heading).toBe("Success metrics of Middle School Robotics Mentorship (4)");
    expect(bars(list).at(-1)).toEqual({ label: "Field trips taken (trips)", ratio: 0, detail: "no reading yet of 6 trips (baseline 0, due 2027-01-31)" });
    expect(await metricAudits(testBot)).toBe(1);
  });

  it("records a reading and shows it as the latest, with its day and who recorded it", async () => {
    testBot = await createTestBot();
    const recorded = await testBot.say("metric record robotics-tx enrollment 33 after the open lab night", maria);
    expect(recorded.heading).toBe("Robotics club enrollment: 33 students (was 31)");
    expect(plainTextOf(recorded)).toContain("Note: after the open lab night");

    const enrollment = bars(await testBot.say("metric list robotics-tx")).find((bar) => bar.label === "Robotics club enrollment (enrollment)")!;
    expect(enrollment.ratio).toBeCloseTo(0.8);
    expect(enrollment.detail).toMatch(/^33 students of 35 \(baseline 25, due \d{4}-\d{2}-\d{2}\); latest 2026-11-23 by Maria Alvarez$/);
    const reading = await testBot.store.db.metricReading.findFirst({ where: { value: 33 } });
    expect(reading?.note).toBe("after the open lab night");
    expect(await metricAudits(testBot)).toBe(1);
  });

  it("refuses a reading from someone who is not a liaison or coordinator and stores nothing", async () => {
    testBot = await createTestBot();
    const before = await testBot.store.db.metricReading.count();
    const message = await testBot.say("metric record robotics-tx enrollment 99", visitor);
    expect(message.error).toBe("forbidden");
    expect(await testBot.store.db.metricReading.count()).toBe(before);
    expect(await metricAudits(testBot)).toBe(0);
  });
});

describe("metric add", () => {
  it("takes a number at the end of the name as the target", async () => {
    testBot = await createTestBot();
    await testBot.say("metric add solar-oh visits Family visits to the array 40 --baseline 10");
    const visits = bars(await testBot.say("metric list solar-oh")).at(-1)!;
    expect(visits.label).toBe("Family visits to the array (visits)");
    expect(visits.detail).toContain("no reading yet of 40 (baseline 10)");
  });

  it("tracks a metric that should go down and fills its bar as it falls", async () => {
    testBot = await createTestBot();
    await testBot.say('metric add appdev-ca absences "Missed club sessions" --target 5 --baseline 12 --unit sessions');
    await testBot.say("metric record appdev-ca absences 8");
    const absences = bars(await testBot.say("metric list appdev-ca")).at(-1)!;
    expect(absences.ratio).toBeCloseTo(4 / 7);
    expect(absences.detail).toContain("lower is better");
  });

  it("refuses a direction that contradicts the baseline and target, naming the argument", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("metric add appdev-ca absences Missed sessions --target 5 --baseline 12 --direction increase");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<direction>: a target of 5 from a baseline of 12 is a decrease: use --direction decrease");
    expect(await testBot.store.db.metric.count({ where: { key: "absences" } })).toBe(0);
  });

  it("asks for a target when there is none", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("metric add robotics-tx trips Field trips");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<target> is missing");
    expect(plainTextOf(message)).toContain("Usage: /partner metric add <partnership> <key> <name...> <target>");
  });

  it("rejects a key that is not a short slug, a taken key and a due date in the past", async () => {
    testBot = await createTestBot();
    const slug = await testBot.say('metric add robotics-tx "field trips!" Trips --target 6');
    expect(plainTextOf(slug)).toContain("<key>: use a short slug");
    const taken = await testBot.say("metric add robotics-tx enrollment Another enrollment --target 50");
    expect(taken.error).toBe("conflict");
    expect(plainTextOf(taken)).toContain("robotics-tx already has a metric `enrollment`");
    const past = await testBot.say("metric add robotics-tx trips Trips --target 6 --due 2025-01-01");
    expect(plainTextOf(past)).toContain("<due>: 2025-01-01 has passed");
    const notADate = await testBot.say("metric add robotics-tx trips Trips --target 6 --due next-week");
    expect(plainTextOf(notADate)).toContain('"next-week" is not a date');
    expect(await testBot.store.db.metric.count({ where: { partnership: { handle: "robotics-tx" } } })).toBe(3);
    expect(await metricAudits(testBot)).toBe(0);
  });
});

describe("metric record", () => {
  it("suggests the closest key for an unknown metric and records nothing", async () => {
    testBot = await createTestBot();
    const before = await testBot.store.db.metricReading.count();
    const message = await testBot.say("metric record robotics-tx enrolment 33");
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("robotics-tx has no metric `enrolment`. Did you mean `enrollment`?");
    expect(await testBot.store.db.metricReading.count()).toBe(before);
  });

  it("says which argument is not a number", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("metric record robotics-tx enrollment lots");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<value>: expected a number");
  });

  it("lists nothing but how to start for a partnership without metrics", async () => {
    testBot = await createTestBot();
    await testBot.say('new stem-lab "Saturday STEM Lab"');
    const list = await testBot.say("metric list stem-lab");
    expect(plainTextOf(list)).toContain("No success metrics yet. Add one: /partner metric add stem-lab");
    const record = await testBot.say("metric record stem-lab visits 3");
    expect(plainTextOf(record)).toContain("It has no metrics yet");
  });
});
