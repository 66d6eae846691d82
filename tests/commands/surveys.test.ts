import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import type { Form, Message, OutboundMessage } from "../../src/ui/reply.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const dev: Actor = { ...maria, userId: "dev.patel", displayName: "Dev Patel" };

/** Creates a survey of robotics-tx with one question of each kind and sends it; returns its id. */
async function sendSurvey(options: { anonymous: boolean; minResponses?: number; everyone?: boolean }): Promise<number> {
  const minimum = options.minResponses === undefined ? "" : `--min-responses ${options.minResponses}`;
  const created = await testBot.say(`survey create robotics-tx Mid-year pulse ${options.anonymous ? "--anonymous" : ""} ${minimum}`, maria);
  const id = Number(/#(\d+)/.exec(created.heading!)![1]);
  for (const line of [
    `survey question ${id} scale How well is the partnership meeting its goals?`,
    `survey question ${id} choice Best meeting time --options "Mornings, Afternoons,Evenings"`,
    `survey question ${id} number How many students did you work with?`,
    `survey question ${id} text What should we change?`,
  ]) {
    expect((await testBot.say(line, maria)).error).toBeUndefined();
  }
  expect((await testBot.say(`survey send ${id}${options.everyone ? " --everyone" : ""}`, maria)).error).toBeUndefined();
  return id;
}

async function openSurvey(id: number, actor: Actor): Promise<Form> {
  const reply = await testBot.bot.runAction("survey.start", String(id), { actor });
  if (reply.kind !== "form") throw new Error(`expected the survey form, got ${JSON.stringify(reply)}`);
  return reply;
}

/** Answers the form: values in question order (scale, choice, number, text). */
async function answer(form: Form, actor: Actor, values: string[]) {
  const byField = Object.fromEntries(form.fields.map((field, index) => [field.id, values[index] ?? ""]));
  return testBot.bot.submitForm(form.formId, form.context, byField, { actor });
}

describe("surveys", () => {
  it("invites each liaison once in the linked updates channel with a mention and an answer button", async () => {
    testBot = await createTestBot();
    await testBot.say("link robotics-tx updates", maria);
    const id = await sendSurvey({ anonymous: false });
    const rows = await testBot.store.db.prompt.findMany({ where: { kind: "survey" }, orderBy: { id: "asc" } });
    expect(rows.map((row) => [row.target, (JSON.parse(row.payload) as OutboundMessage).mentions])).toEqual([
      ["channel:C-test", ["maria.alvarez"]],
      ["channel:C-test", ["dev.patel"]],
      ["channel:C-test", ["sam.okafor"]],
    ]);
    const message = (JSON.parse(rows[0]!.payload) as OutboundMessage).message;
    expect(message.blocks).toContainEqual({ type: "actions", buttons: [{ action: "survey.start", value: String(id), label: "Answer the survey", style: "primary" }] });
    const again = await testBot.say(`survey send ${id}`, maria);
    expect(plainTextOf(again)).toContain("Every liaison has been invited already.");
    expect(await testBot.store.db.prompt.count({ where: { kind: "survey" } })).toBe(3);
  });

  it("stores an anonymous answer without its respondent, on a day, and refuses a second answer", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: true });
    const form = await openSurvey(id, dev);
    expect(form.fields.map((field) => field.kind)).toEqual(["scale", "choice", "number", "long"]);
    const saved = await answer(form, dev, ["4", "Evenings", "12", "More build nights"]);
    expect(saved.kind === "message" && plainTextOf(saved)).toContain("are saved without your name");

    const responses = await testBot.store.db.surveyResponse.findMany({ where: { surveyId: id } });
    expect(responses).toHaveLength(1);
    expect(responses[0]!.respondentId).toBeNull();
    expect(responses[0]!.submittedOn).toBe("2026-11-23");
    const participation = await testBot.store.db.surveyParticipation.findMany({ where: { surveyId: id }, include: { person: true } });
    expect(participation.map((row) => row.person.displayName)).toEqual(["Dev Patel"]);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "survey-response" } });
    expect(audit.actorId).toBeNull();
    expect(audit.after).not.toContain("More build nights");

    const reopen = await testBot.bot.runAction("survey.start", String(id), { actor: dev });
    expect(reopen.kind === "message" && reopen.error).toBe("conflict");
    const second = await answer(form, dev, ["1", "Mornings", "3", "Changed my mind"]);
    expect(second.kind === "message" && second.error).toBe("conflict");
    expect(second.kind === "message" && plainTextOf(second)).toContain("this second answer was not saved");
    expect(await testBot.store.db.surveyResponse.count({ where: { surveyId: id } })).toBe(1);
    expect(await testBot.store.db.surveyAnswer.count()).toBe(4);
  });

  it("answers bad values field by field and stores nothing", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: true });
    const form = await openSurvey(id, maria);
    const [scale, choice, number] = form.fields.map((field) => field.id);
    const result = await answer(form, maria, ["7", "Never", "lots", "fine"]);
    expect(result).toEqual({
      kind: "form-errors",
      errors: {
        [scale!]: "Pick a whole number from 1 to 5.",
        [choice!]: "Pick one of: Mornings, Afternoons, Evenings.",
        [number!]: "Enter a number, such as 12 or 3.5.",
      },
    });
    const missing = await answer(form, maria, ["", "evenings", "2"]);
    expect(missing).toEqual({ kind: "form-errors", errors: { [scale!]: "Answer this question." } });
    expect(await testBot.store.db.surveyResponse.count()).toBe(0);
    expect(await testBot.store.db.surveyParticipation.count()).toBe(0);
    expect(await testBot.store.db.surveyAnswer.count()).toBe(0);
  });
});

describe("survey results", () => {
  it("shows averages with distribution bars, choice counts and written answers", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: false });
    const sam: Actor = { ...maria, userId: "sam.okafor", displayName: "Sam Okafor" };
    await answer(await openSurvey(id, maria), maria, ["5", "Evenings", "10", "More parents at showcases"]);
    await answer(await openSurvey(id, dev), dev, ["3", "evenings", "20", ""]);
    await answer(await openSurvey(id, sam), sam, ["4", "Mornings", "30", "Earlier kit orders"]);

    const results = await testBot.say(`survey results ${id}`, visitor);
    const text = plainTextOf(results);
    expect(text).toContain("Responses: 3");
    expect(text).toContain("1. How well is the partnership meeting its goals? (average 4.0 of 5, 3 answers)");
    expect(text).toContain("3. How many students did you work with? (average 20.0, 3 answers)");
    expect(text).toContain("4. What should we change? (2 answers)");
    const bars = results.blocks.flatMap((block) => (block.type === "progress" ? [[block.label, block.detail]] : []));
    expect(bars).toEqual([
      ["Rated 5", "1 answer"], ["Rated 4", "1 answer"], ["Rated 3", "1 answer"], ["Rated 2", "0 answers"], ["Rated 1", "0 answers"],
      ["Mornings", "1 answer"], ["Afternoons", "0 answers"], ["Evenings", "2 answers"],
      ["10", "1 answer"], ["20", "1 answer"], ["30", "1 answer"],
    ]);
    expect(text).toContain("Maria Alvarez: More parents at showcases");
    expect(text).toContain("Sam Okafor: Earlier kit orders");
  });

  it("lists anonymous written answers without names, in an order that does not follow who answered first", async () => {
    testBot = await createTestBot();
    // Three answers: the lowest minimum a survey may set (issue 10: fewer would show one person's answers).
    const id = await sendSurvey({ anonymous: true, minResponses: 3 });
    const sam: Actor = { ...maria, userId: "sam.okafor", displayName: "Sam Okafor" };
    await answer(await openSurvey(id, maria), maria, ["5", "Evenings", "10", "Zebra crossing near the school"]);
    await answer(await openSurvey(id, dev), dev, ["3", "Evenings", "20", "Apples for snacks"]);
    await answer(await openSurvey(id, sam), sam, ["4", "Mornings", "30", "More kits"]);
    const results = await testBot.say(`survey results ${id}`, coordinator);
    const written = results.blocks.filter((block) => block.type === "list").flatMap((block) => (block.type === "list" ? block.items : []));
    expect(written).toEqual(["Apples for snacks", "More kits", "Zebra crossing near the school"]);
    expect(plainTextOf(results)).not.toContain("Maria");
  });
});

describe("survey set-up mistakes and permissions", () => {
  it("explains what a question needs and refuses questions once the survey is sent", async () => {
    testBot = await createTestBot();
    const created = await testBot.say("survey create robotics-tx Quick poll", maria);
    const id = Number(/#(\d+)/.exec(created.heading!)![1]);
    const noOptions = await testBot.say(`survey question ${id} choice Favourite day`, maria);
    expect(plainTextOf(noOptions)).toContain('A choice question needs its options: add --options "first,second,third".');
    const extraOptions = await testBot.say(`survey question ${id} scale Happy? --options a,b`, maria);
    expect(plainTextOf(extraOptions)).toContain("Only choice questions take --options");
    const badKind = await testBot.say(`survey question ${id} essay Tell us everything`, maria);
    expect(plainTextOf(badKind)).toContain("<kind>");
    const empty = await testBot.say(`survey send ${id}`, maria);
    expect(plainTextOf(empty)).toContain("has no questions yet");
    expect(await testBot.store.db.surveyQuestion.count()).toBe(0);
    expect(await testBot.store.db.prompt.count({ where: { kind: "survey" } })).toBe(0);

    await testBot.say(`survey question ${id} scale Happy?`, maria);
    await testBot.say(`survey send ${id}`, maria);
    const late = await testBot.say(`survey question ${id} text Anything else?`, maria);
    expect(late.error).toBe("closed");
    expect(await testBot.store.db.surveyQuestion.count()).toBe(1);
  });

  it("lets only liaisons and coordinators create and send surveys, and hides surveys from other workspaces", async () => {
    testBot = await createTestBot();
    const create = await testBot.say("survey create robotics-tx Sneaky poll", visitor);
    expect(create.error).toBe("forbidden");
    expect(await testBot.store.db.survey.count()).toBe(0);
    const created = await testBot.say("survey create robotics-tx Quick poll", maria);
    const id = Number(/#(\d+)/.exec(created.heading!)![1]);
    await testBot.say(`survey question ${id} scale Happy?`, maria);
    const send = await testBot.say(`survey send ${id}`, visitor);
    expect(send.error).toBe("forbidden");
    const stranger: Actor = { platform: "slack", workspaceId: "T-OTHER", userId: "U1", displayName: "Stranger", isPlatformAdmin: true };
    const elsewhere = await testBot.bot.runCommandLine(`survey results ${id}`, { actor: stranger });
    expect(elsewhere.kind === "message" && elsewhere.error).toBe("not-found");
    await testBot.say(`survey send ${id}`, maria);
    const button = await testBot.bot.runAction("survey.start", String(id), { actor: stranger });
    expect(button.kind === "message" && button.error).toBe("not-found");
  });

  it("invites a liaison by direct message when no updates channel is linked", async () => {
    testBot = await createTestBot();
    const created = await testBot.say("survey create solar-oh Array check", coordinator);
    const id = Number(/#(\d+)/.exec(created.heading!)![1]);
    await testBot.say(`survey question ${id} number How many kWh did the array make this week?`, coordinator);
    const sent: Message = await testBot.say(`survey send ${id}`, coordinator);
    expect(plainTextOf(sent)).toContain("Invited 3 liaisons.");
    expect(plainTextOf(sent)).toContain("3 of the invitations go by direct message: link an updates channel where they are with /partner link solar-oh updates.");
    const rows = await testBot.store.db.prompt.findMany({ where: { kind: "survey" }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.target)).toEqual(["user:janet.brooks", "user:omar.haddad", "user:lena.fischer"]);
  });
});

describe("who may answer a survey (issue 10)", () => {
  const janet: Actor = { ...maria, userId: "janet.brooks", displayName: "Janet Brooks" };

  it("refuses a stranger and a liaison of another partnership, at the button and at the form, and stores nothing", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: false });
    const form = await openSurvey(id, maria);
    for (const outsider of [visitor, janet]) {
      const button = await testBot.bot.runAction("survey.start", String(id), { actor: outsider });
      expect(button.kind === "message" && button.error).toBe("forbidden");
      expect(button.kind === "message" && plainTextOf(button)).toContain("was sent to robotics-tx's liaisons, and you are not one of them");
      const submitted = await answer(form, outsider, ["1", "Mornings", "1", "ballot stuffing"]);
      expect(submitted.kind === "message" && submitted.error).toBe("forbidden");
      expect(submitted.kind === "message" && plainTextOf(submitted)).toContain("Nothing was saved.");
    }
    expect(await testBot.store.db.surveyResponse.count()).toBe(0);
    expect(await testBot.store.db.surveyParticipation.count()).toBe(0);
    expect(await testBot.store.db.surveyAnswer.count()).toBe(0);
    expect((await answer(form, maria, ["5", "Evenings", "10", ""])).kind).toBe("message");
    expect(await testBot.store.db.surveyResponse.count()).toBe(1);
  });

  it("records the liaisons it was sent to, and a survey for everyone in a channel says so and lets them answer", async () => {
    testBot = await createTestBot();
    const liaisonsOnly = await sendSurvey({ anonymous: false });
    const recipients = await testBot.store.db.surveyRecipient.findMany({ where: { surveyId: liaisonsOnly }, include: { person: true }, orderBy: { id: "asc" } });
    expect(recipients.map((row) => row.person.displayName)).toEqual(["Maria Alvarez", "Dev Patel", "Sam Okafor"]);

    const created = await testBot.say("survey create robotics-tx Family night", maria);
    const id = Number(/#(\d+)/.exec(created.heading!)![1]);
    await testBot.say(`survey question ${id} scale How was it?`, maria);
    const fromDm = await testBot.bot.runCommandLine(`survey send ${id} --everyone`, { actor: maria });
    expect(fromDm.kind === "message" && fromDm.error).toBe("unsupported");
    const sent = await testBot.say(`survey send ${id} --everyone`, maria);
    expect(sent.heading).toBe(`Survey #${id} sent to everyone in this channel: Family night`);
    expect(plainTextOf(sent)).toContain("Anyone in this workspace who can see the partnership may answer it, once each.");
    const posted = await testBot.store.db.prompt.findFirstOrThrow({ where: { kind: "survey", target: "channel:C-test" } });
    expect(plainTextOf((JSON.parse(posted.payload) as OutboundMessage).message)).toContain("It is for everyone in this channel: each person answers once.");

    const form = await openSurvey(id, visitor);
    expect((await answer(form, visitor, ["4"])).kind).toBe("message");
    const elsewhere: Actor = { platform: "slack", workspaceId: "T-OTHER", userId: "U9", displayName: "Elsewhere", isPlatformAdmin: false };
    const refused = await testBot.bot.submitForm(form.formId, form.context, { [form.fields[0]!.id]: "1" }, { actor: elsewhere });
    expect(refused.kind === "message" && refused.error).toBe("not-found");
    expect(await testBot.store.db.surveyResponse.count({ where: { surveyId: id } })).toBe(1);
  });
});

describe("anonymous survey results (issue 10)", () => {
  const people = ["ana", "ben", "cai", "dee", "eli", "fay"].map((name): Actor => ({ ...visitor, userId: name, displayName: name }));

  it("shows nothing below the minimum, aggregates from it, and written answers only once enough people wrote one", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: true, everyone: true });
    await answer(await openSurvey(id, people[0]!), people[0]!, ["1", "Mornings", "7", "Only I would say this"]);
    const one = await testBot.say(`survey results ${id}`, maria);
    expect(plainTextOf(one)).toContain("Results stay hidden until at least 5 people have answered");
    expect(plainTextOf(one)).not.toContain("Only I would say this");
    expect(one.blocks.some((block) => block.type === "progress")).toBe(false);
    expect(plainTextOf(one)).not.toContain("average");

    for (const person of people.slice(1, 5)) await answer(await openSurvey(id, person), person, ["4", "Evenings", "10", ""]);
    const five = await testBot.say(`survey results ${id}`, maria);
    expect(plainTextOf(five)).toContain("Responses: 5");
    expect(plainTextOf(five)).toContain("average 3.4 of 5, 5 answers");
    expect(plainTextOf(five)).toContain("The written answers show once at least 5 people have written one.");
    expect(plainTextOf(five)).not.toContain("Only I would say this");
  });

  it("gives anonymous results to liaisons and coordinators only, and never lets a survey set its minimum under 3", async () => {
    testBot = await createTestBot();
    const id = await sendSurvey({ anonymous: true, minResponses: 3 });
    for (const reader of [visitor, { ...maria, userId: "janet.brooks", displayName: "Janet Brooks" }]) {
      const refused = await testBot.say(`survey results ${id}`, reader);
      expect(refused.error).toBe("forbidden");
      expect(plainTextOf(refused)).toContain("are for robotics-tx's liaisons and coordinators");
    }
    expect((await testBot.say(`survey results ${id}`, coordinator)).error).toBeUndefined();
    const tooLow = await testBot.say("survey create robotics-tx Tiny poll --anonymous --min-responses 2", maria);
    expect(plainTextOf(tooLow)).toContain("expected a whole number from 3 to 1000");
    const named = await testBot.say("survey create robotics-tx Named poll --min-responses 4", maria);
    expect(plainTextOf(named)).toContain("Only anonymous surveys take --min-responses");
    expect(await testBot.store.db.survey.count()).toBe(1);
  });
});
