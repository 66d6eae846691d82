import { afterEach, describe, expect, it } from "vitest";
import type { Form } from "../../src/ui/reply.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function openForm(line: string, actor = maria): Promise<Form> {
  const reply = await testBot.run(line, actor);
  if (reply.kind !== "form") throw new Error(`expected a form, got ${JSON.stringify(reply)}`);
  return reply;
}

describe("check-ins", () => {
  it("asks for status, highlights, blockers, needs and a reading of each success metric", async () => {
    testBot = await createTestBot();
    const form = await openForm("checkin robotics-tx");
    expect(form.fields.map((field) => field.label)).toEqual([
      "How is the partnership doing?",
      "Highlights and wins",
      "Blockers",
      "What do you need from partners?",
      "Robotics club enrollment (students)",
      "Mentor hours per month (hours)",
      "Student confidence (survey average) (points)",
    ]);
  });

  it("stores a check-in with its metric readings into the open round and answers the prompt", async () => {
    testBot = await createTestBot();
    const form = await openForm("checkin robotics-tx");
    const enrollment = form.fields[4]!.id;
    const result = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", highlights: "Kits arrived", [enrollment]: "33" }, { actor: maria });
    expect(result.kind).toBe("message");
    expect(result.kind === "message" && result.heading).toBe("Check-in updated");
    const status = await testBot.say("status robotics-tx");
    expect(plainTextOf(status)).toContain("Maria Alvarez: on track; highlights: Kits arrived");
    expect(plainTextOf(status)).toContain("33 students of 35");
  });

  it("refuses invalid values field by field and stores nothing", async () => {
    testBot = await createTestBot();
    const form = await openForm("checkin robotics-tx");
    const before = await testBot.store.db.metricReading.count();
    const result = await testBot.bot.submitForm(form.formId, form.context, { status: "great", [form.fields[4]!.id]: "lots" }, { actor: maria });
    expect(result).toEqual({
      kind: "form-errors",
      errors: { status: "Pick how the partnership is doing: on track, at risk or off track.", [form.fields[4]!.id]: "Enter a number, such as 42 or 3.5." },
    });
    expect(await testBot.store.db.metricReading.count()).toBe(before);
  });

  it("says a closed round is closed and stores nothing", async () => {
    testBot = await createTestBot();
    const form = await openForm("checkin robotics-tx");
    await testBot.store.db.round.updateMany({ data: { status: "closed" } });
    const responses = await testBot.store.db.checkInResponse.count();
    const result = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track" }, { actor: maria });
    expect(result.kind === "message" && result.error).toBe("closed");
    expect(await testBot.store.db.checkInResponse.count()).toBe(responses);
  });

  it("counts a check-in sent after the round closed as that liaison's latest word", async () => {
    testBot = await createTestBot();
    await testBot.store.db.round.updateMany({ data: { status: "closed" } });
    const form = await openForm("checkin robotics-tx");
    expect(form.context).toMatch(/^\d+:$/);
    for (const actor of [maria, { ...maria, userId: "dev.patel", displayName: "Dev Patel" }, { ...maria, userId: "sam.okafor", displayName: "Sam Okafor" }]) {
      await testBot.bot.submitForm(form.formId, form.context, { status: "off-track", blockers: "Lab flooded" }, { actor });
    }
    const status = await testBot.say("status robotics-tx");
    expect(status.heading).toContain("off track");
    expect(plainTextOf(status)).toContain("Maria Alvarez: off track; blockers: Lab flooded");
    expect(plainTextOf(status)).toContain("and since)");
  });

  it("does not let someone who is not a liaison or coordinator check in", async () => {
    testBot = await createTestBot();
    const reply = await testBot.run("checkin robotics-tx", visitor);
    expect(reply.kind === "message" && reply.error).toBe("forbidden");
    expect(reply.kind === "message" && plainTextOf(reply)).toContain("Only its liaisons (Maria Alvarez, Dev Patel, Sam Okafor) or a coordinator");
    const form = await openForm("checkin robotics-tx", coordinator);
    const forged = await testBot.bot.submitForm(form.formId, form.context, { status: "off-track" }, { actor: visitor });
    expect(forged.kind === "message" && forged.error).toBe("forbidden");
  });

  it("opens the form from the Start check-in button only for partnerships visible in the workspace", async () => {
    testBot = await createTestBot();
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    const here = await testBot.bot.runAction("checkin.start", String(robotics.id), { actor: maria });
    expect(here.kind).toBe("form");
    const elsewhere = await testBot.bot.runAction("checkin.start", String(robotics.id), {
      actor: { platform: "slack", workspaceId: "T-OTHER", userId: "U1", displayName: "X", isPlatformAdmin: true },
    });
    expect(elsewhere.kind === "message" && elsewhere.error).toBe("not-found");
  });
});
