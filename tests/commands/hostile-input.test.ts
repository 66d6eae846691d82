import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Form } from "../../src/ui/reply.js";
import { DATABASE_KINDS } from "../support/test-database.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const dev: Actor = { ...maria, userId: "dev.patel", displayName: "Dev Patel" };
const OVERFLOW = "9".repeat(400);
const RANGE = "between -1,000,000,000,000 and 1,000,000,000,000, with at most 6 decimals";

async function openForm(line: string, actor: Actor = maria): Promise<Form> {
  const reply = await testBot.run(line, actor);
  if (reply.kind !== "form") throw new Error(`expected a form, got ${JSON.stringify(reply)}`);
  return reply;
}

async function sendNumberSurvey(): Promise<number> {
  const created = await testBot.say("survey create robotics-tx Pulse", maria);
  const id = Number(/#(\d+)/.exec(created.heading!)![1]);
  expect((await testBot.say(`survey question ${id} number How many students?`, maria)).error).toBeUndefined();
  expect((await testBot.say(`survey question ${id} text What should we change?`, maria)).error).toBeUndefined();
  expect((await testBot.say(`survey send ${id}`, maria)).error).toBeUndefined();
  return id;
}

describe.each(DATABASE_KINDS)("two first check-ins at once (%s)", (kind) => {
  it("answers both submitters truthfully and keeps one response", async () => {
    testBot = await createTestBot({ kind });
    const form = await openForm("checkin robotics-tx", dev);
    const roundId = Number(form.context.split(":")[1]);
    const person = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: dev.userId } });
    await testBot.store.db.checkInResponse.deleteMany({ where: { roundId, personId: person.personId } });
    const results = await Promise.all(
      ["on-track", "at-risk"].map((status) => testBot.bot.submitForm(form.formId, form.context, { status, highlights: status }, { actor: dev })),
    );
    const headings = results.map((result) => (result.kind === "message" ? [result.heading, result.error] : ["form-errors"]));
    expect(headings.map(([, error]) => error)).toEqual([undefined, undefined]);
    expect(headings.map(([heading]) => heading).sort()).toEqual(["Check-in saved", "Check-in updated"]);
    expect(await testBot.store.db.checkInResponse.count({ where: { roundId, personId: person.personId } })).toBe(1);
  });
});

describe("numbers that would overflow", () => {
  it("refuses a metric target, baseline and reading past the range, naming the range, and stores nothing", async () => {
    testBot = await createTestBot();
    const metrics = await testBot.store.db.metric.count();
    const readings = await testBot.store.db.metricReading.count();
    const target = await testBot.say(`metric add robotics-tx huge Huge numbers --target ${OVERFLOW}`, maria);
    expect(target.error).toBe("bad-arguments");
    expect(plainTextOf(target)).toContain(`<target>: use a number ${RANGE}`);
    const baseline = await testBot.say(`metric add robotics-tx huge Huge numbers --target 5 --baseline -${OVERFLOW}`, maria);
    expect(plainTextOf(baseline)).toContain(`<baseline>: use a number ${RANGE}`);
    const decimals = await testBot.say("metric add robotics-tx huge Huge numbers --target 5.1234567", maria);
    expect(plainTextOf(decimals)).toContain(`<target>: use a number ${RANGE}`);
    const reading = await testBot.say(`metric record robotics-tx enrollment ${OVERFLOW}`, maria);
    expect(plainTextOf(reading)).toContain(`<value>: use a number ${RANGE}`);
    expect(await testBot.store.db.metric.count()).toBe(metrics);
    expect(await testBot.store.db.metricReading.count()).toBe(readings);
    expect(plainTextOf(await testBot.say("status robotics-tx"))).not.toContain("Infinity");
  });

  it("accepts the edges of the range", async () => {
    testBot = await createTestBot();
    const added = await testBot.say("metric add robotics-tx edge Edge --target 1000000000000 --baseline -1000000000000", maria);
    expect(added.error).toBeUndefined();
    expect((await testBot.say("metric record robotics-tx edge 0.000001", maria)).error).toBeUndefined();
  });

  it("refuses a check-in reading and a survey number past the range, field by field", async () => {
    testBot = await createTestBot();
    const form = await openForm("checkin robotics-tx");
    const metricField = form.fields[4]!.id;
    const checkIn = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [metricField]: OVERFLOW }, { actor: maria });
    expect(checkIn).toEqual({ kind: "form-errors", errors: { [metricField]: `Enter a number ${RANGE}.` } });
    const id = await sendNumberSurvey();
    const survey = await testBot.bot.runAction("survey.start", String(id), { actor: dev });
    if (survey.kind !== "form") throw new Error("expected the survey form");
    const answer = await testBot.bot.submitForm(survey.formId, survey.context, { [survey.fields[0]!.id]: OVERFLOW }, { actor: dev });
    expect(answer).toEqual({ kind: "form-errors", errors: { [survey.fields[0]!.id]: `Enter a number ${RANGE}.` } });
    expect(await testBot.store.db.surveyAnswer.count()).toBe(0);
  });
});

describe("control characters (postgres)", () => {
  const NASTY = "Kits\u0000 arrived\u0007\u001b[31m\tsoon\r\nreally\u007f";
  const CLEAN = "Kits arrived[31m\tsoon\nreally";

  it("strips them from command arguments, typed or collected", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    const typed = await testBot.say(`milestone add robotics-tx 2027-01-15 "${NASTY}"`, maria);
    expect(typed.error).toBeUndefined();
    const collected = await testBot.bot.runCommand("need add", { partnership: "robotics-tx", kind: "funding", description: `Laptops\u0000 for\u0001 the lab` }, { actor: maria, channelId: "C-test" });
    expect(collected.kind === "message" && collected.error).toBeUndefined();
    const milestone = await testBot.store.db.milestone.findFirstOrThrow({ where: { title: { startsWith: "Kits" } } });
    expect(milestone.title).toBe(CLEAN);
    expect(await testBot.store.db.need.count({ where: { description: "Laptops for the lab" } })).toBe(1);
  });

  it("strips them from form values", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    const form = await openForm("checkin robotics-tx");
    const result = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track\u0000", highlights: NASTY }, { actor: maria });
    expect(result.kind === "message" && result.error).toBeUndefined();
    const person = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: maria.userId } });
    const response = await testBot.store.db.checkInResponse.findFirstOrThrow({ where: { personId: person.personId }, orderBy: { submittedAt: "desc" } });
    expect(response.highlights).toBe(CLEAN);
  });

  it("strips them from reflections posted and edited in a thread", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    const round = await testBot.store.db.round.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" } }, orderBy: { opensAt: "desc" } });
    await testBot.bot.trackRoundThread({ roundId: round.id, platform: "discord", workspaceId: "G1", channelId: "C1", threadId: "T1" });
    const author: Actor = { platform: "discord", workspaceId: "G1", userId: "U1", displayName: "Ana", isPlatformAdmin: false };
    const posted = await testBot.bot.receiveThreadMessage({ kind: "posted", platform: "discord", threadId: "T1", messageId: "M1", author, body: NASTY, postedAt: testBot.clock.now() });
    expect(posted).toBe("recorded");
    expect((await testBot.store.db.reflection.findFirstOrThrow({ where: { platformMessageId: "M1" } })).body).toBe(CLEAN);
    const edited = await testBot.bot.receiveThreadMessage({ kind: "edited", platform: "discord", threadId: "T1", messageId: "M1", body: `Edited\u0000 ${NASTY}`, editedAt: testBot.clock.now() });
    expect(edited).toBe("updated");
    expect((await testBot.store.db.reflection.findFirstOrThrow({ where: { platformMessageId: "M1" } })).body).toBe(`Edited ${CLEAN}`);
  });
});

describe("ids that overflow a database integer", () => {
  const HUGE = "12345678901234567890";

  it("answers a damaged check-in context or button with a clear error, not the apology", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    for (const context of [`${HUGE}:`, `1:${HUGE}`, "2147483648:", "0:", `1:2:3`]) {
      const result = await testBot.bot.submitForm("checkin", context, { status: "on-track" }, { actor: maria });
      expect(result.kind === "message" && [result.error, plainTextOf(result)]).toEqual(["bad-arguments", "That form is damaged. Open the check-in again."]);
    }
    for (const value of [HUGE, "2147483648", "-1", "1.5"]) {
      const reply = await testBot.bot.runAction("checkin.start", value, { actor: maria });
      expect(reply.kind === "message" && reply.error).toBe("not-found");
    }
  });

  it("answers a damaged survey context or button with a clear error, not the apology", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    for (const context of [HUGE, "2147483648", "0"]) {
      const result = await testBot.bot.submitForm("survey", context, {}, { actor: maria });
      expect(result.kind === "message" && result.error).toBe("bad-arguments");
    }
    for (const value of [HUGE, "2147483648"]) {
      const reply = await testBot.bot.runAction("survey.start", value, { actor: maria });
      expect(reply.kind === "message" && reply.error).toBe("not-found");
    }
  });
});
