import { afterEach, describe, expect, it } from "vitest";
import { buildModal, formParts } from "../../adapters/discord/forms/build-modal.js";
import { decodeCustomId } from "../../adapters/discord/custom-ids.js";
import { renderForm } from "../../adapters/slack/render/render-form.js";
import { SLACK_LIMITS } from "../../adapters/slack/render/slack-limits.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Form } from "../../src/ui/reply.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function addMetrics(count: number): Promise<void> {
  const partnership = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
  await testBot.store.db.metric.createMany({
    data: Array.from({ length: count }, (_, index) => ({ partnershipId: partnership.id, key: `extra-${index}`, name: `Extra metric ${index}`, target: 10, createdAt: new Date(Date.UTC(2026, 0, 1, 0, index)) })),
  });
}

async function openCheckIn(): Promise<Form> {
  const reply = await testBot.run("checkin robotics-tx", maria);
  if (reply.kind !== "form") throw new Error(`expected the check-in form, got ${JSON.stringify(reply)}`);
  return reply;
}

describe("a check-in form for a partnership with many metrics", () => {
  it("asks about at most 25 metrics, opens on Slack and Discord, and says where the rest go", async () => {
    testBot = await createTestBot();
    await addMetrics(117); // 120 with the seeded three
    const form = await openCheckIn();
    const metricFields = form.fields.filter((field) => field.id.startsWith("metric-"));
    expect(metricFields).toHaveLength(25);
    expect(metricFields.at(-1)!.placeholder).toContain("95 more with /partner metric record");

    const modal = renderForm(form, "C-test");
    expect(modal.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.viewBlocks);
    const parts = formParts(form);
    const lastPart = buildModal(form, parts.length, "session-1");
    expect(decodeCustomId(lastPart.custom_id)).not.toBeNull();
    for (let part = 1; part <= parts.length; part++) expect(buildModal(form, part, "session-1").components.length).toBeLessThanOrEqual(5);

    const saved = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [metricFields[0]!.id]: "7" }, { actor: maria });
    expect(saved.kind === "message" && saved.error).toBeUndefined();
    expect(saved.kind === "message" && plainTextOf(saved)).toContain("This check-in asks about 25 of 120 metrics; record the others with /partner metric record robotics-tx <metric> <value>.");
  });

  it("with 25 metrics and the most questions of its own, still opens on Slack and Discord and saves the answers", async () => {
    testBot = await createTestBot();
    await addMetrics(117);
    const kinds = ["scale", 'choice --choices "Yes,No,Not sure"', "number", "text"];
    for (let index = 0; index < 10; index++) {
      const [kind, ...choices] = kinds[index % kinds.length]!.split(" ");
      const reply = await testBot.say(`question add robotics-tx ${kind} Our own question number ${index + 1}, with a label longer than Discord's 45 characters ${choices.join(" ")}`, maria);
      expect(reply.error).toBeUndefined();
    }
    const form = await openCheckIn();
    expect(form.fields).toHaveLength(4 + 25 + 10);
    const questions = form.fields.filter((field) => field.id.startsWith("question-"));
    expect(questions.map((field) => form.fields.indexOf(field))).toEqual([29, 30, 31, 32, 33, 34, 35, 36, 37, 38]);

    expect(renderForm(form, "C-test").blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.viewBlocks);
    const parts = formParts(form);
    expect(parts).toHaveLength(8);
    for (let part = 1; part <= parts.length; part++) {
      const modal = buildModal(form, part, "session-1");
      expect(modal.components.length).toBeLessThanOrEqual(5);
      expect(decodeCustomId(modal.custom_id)).not.toBeNull();
      for (const component of modal.components) expect("label" in component && component.label.length <= 45).toBe(true);
    }

    const answers = { [questions[0]!.id]: "5", [questions[1]!.id]: "not sure", [questions[2]!.id]: "12", [questions[3]!.id]: "Went well" };
    const saved = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", ...answers }, { actor: maria });
    expect(saved.kind === "message" && saved.error).toBeUndefined();
    const stored = await testBot.store.db.checkInAnswer.findMany({ orderBy: { questionId: "asc" }, select: { numberValue: true, textValue: true } });
    expect(stored).toEqual([{ numberValue: 5, textValue: null }, { numberValue: null, textValue: "Not sure" }, { numberValue: 12, textValue: null }, { numberValue: null, textValue: "Went well" }]);
  });

  it("asks about the seeded metrics that were read most recently", async () => {
    testBot = await createTestBot();
    await addMetrics(117);
    const form = await openCheckIn();
    const labels = form.fields.filter((field) => field.id.startsWith("metric-")).map((field) => field.label);
    // The three seeded metrics have readings from check-ins; the added ones have none and are older.
    expect(labels.slice(0, 3)).toEqual(["Robotics club enrollment (students)", "Mentor hours per month (hours)", "Student confidence (survey average) (points)"]);
    // Then the 22 added last.
    expect([labels[3], labels.at(-1)]).toEqual(["Extra metric 95", "Extra metric 116"]);
  });

  it("asks about every metric and says nothing more when there are few", async () => {
    testBot = await createTestBot();
    const form = await openCheckIn();
    expect(form.fields.filter((field) => field.id.startsWith("metric-")).every((field) => !field.placeholder!.includes("more with"))).toBe(true);
  });
});
