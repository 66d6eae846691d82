import { afterEach, describe, expect, it } from "vitest";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Form } from "../../src/ui/reply.js";
import { changedTables, createFingerprinter } from "../fuzz/support/fingerprint-database.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const dev = { ...maria, userId: "dev.patel", displayName: "Dev Patel" };

async function openCheckIn(actor = maria): Promise<Form> {
  const reply = await testBot.run("checkin robotics-tx", actor);
  if (reply.kind !== "form") throw new Error(`expected the check-in form, got ${JSON.stringify(reply)}`);
  return reply;
}

async function addQuestions(): Promise<void> {
  for (const line of [
    "question add robotics-tx scale How engaged were students this week?",
    'question add robotics-tx choice Equipment and kits --choices "All working, Some need repair, Parts missing"',
    "question add robotics-tx number Students at club sessions this week",
    "question add robotics-tx text Competition news",
  ]) {
    const reply = await testBot.say(line, maria);
    expect(reply.error, plainTextOf(reply)).toBeUndefined();
  }
}

/** A refused or wrong command must leave every table as it was. */
async function expectNothingChanged(run: () => Promise<void>): Promise<void> {
  for (const actor of [coordinator, maria, visitor]) await testBot.say("help", actor);
  const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
  const before = await fingerprint();
  await run();
  expect(changedTables(before, await fingerprint())).toEqual([]);
}

describe("a partnership's own check-in questions", () => {
  it("adds questions of each kind, lists them numbered, and asks them after the metrics in the check-in", async () => {
    testBot = await createTestBot();
    const first = await testBot.say("question add robotics-tx scale How engaged were students this week?", maria);
    expect(first.heading).toBe("Question 1 added to robotics-tx's check-ins");
    await testBot.say('question add robotics-tx choice Equipment and kits --choices "All working, Some need repair, Parts missing"', maria);
    const list = plainTextOf(await testBot.say("question list robotics-tx", visitor));
    expect(list).toContain("1. How engaged were students this week? (1-5 scale)");
    expect(list).toContain("2. Equipment and kits (single choice: All working, Some need repair, Parts missing)");

    const form = await openCheckIn();
    expect(form.fields.slice(-3).map((field) => [field.label, field.kind, field.required])).toEqual([
      ["Student confidence (survey average) (points)", "number", false],
      ["How engaged were students this week?", "scale", false],
      ["Equipment and kits", "choice", false],
    ]);
    expect(form.fields.at(-1)!.options!.map((option) => option.value)).toEqual(["All working", "Some need repair", "Parts missing"]);
    const audits = await testBot.store.db.auditEntry.count({ where: { entity: "check-in-question", action: "create" } });
    expect(audits).toBe(2);
  });

  it("stores the answers with the check-in, shows them back, fills them in again, and the round's digest lists them", async () => {
    testBot = await createTestBot();
    await addQuestions();
    const form = await openCheckIn();
    const [engaged, kits, students, news] = form.fields.slice(-4).map((field) => field.id);
    const saved = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [engaged!]: "4", [kits!]: "some need repair", [students!]: "18", [news!]: "Qualified for regionals" }, { actor: maria });
    expect(saved.kind === "message" && saved.error).toBeUndefined();
    const savedText = saved.kind === "message" ? plainTextOf(saved) : "";
    expect(savedText).toContain("How engaged were students this week?: 4 of 5");
    expect(savedText).toContain("Equipment and kits: Some need repair");
    expect(savedText).toContain("Competition news: Qualified for regionals");
    expect(await testBot.store.db.checkInAnswer.count()).toBe(4);

    const again = await openCheckIn();
    expect(again.fields.slice(-4).map((field) => field.initial)).toEqual(["4", "Some need repair", "18", "Qualified for regionals"]);

    // Dev answers only one; blank questions are skipped, not stored.
    const devForm = await openCheckIn(dev);
    await testBot.bot.submitForm(devForm.formId, devForm.context, { status: "at-risk", [engaged!]: "2" }, { actor: dev });
    expect(await testBot.store.db.checkInAnswer.count()).toBe(5);

    const round = await testBot.store.db.round.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, status: "open" } });
    const digest = plainTextOf(buildDigest((await testBot.store.digests.load(round.id))!, testBot.clock.now()).message);
    expect(digest).toContain("How engaged were students this week? (average 3)");
    expect(digest).toContain("Maria Alvarez: 4 of 5");
    expect(digest).toContain("Dev Patel: 2 of 5");
    expect(digest).toContain("Maria Alvarez: Qualified for regionals");

    // The partnership's page shows each answer with its check-in.
    const page = await testBot.bot.viewPartnership({ actor: maria }, "robotics-tx");
    const answered = page!.rounds.find((shown) => shown.period === round.period)!.answered.find((answer) => answer.name === "Maria Alvarez")!;
    expect(answered.answers).toEqual([
      { question: "How engaged were students this week?", answer: "4 of 5" },
      { question: "Equipment and kits", answer: "Some need repair" },
      { question: "Students at club sessions this week", answer: "18" },
      { question: "Competition news", answer: "Qualified for regionals" },
    ]);
  });

  it("status gives one line per question for the latest round's answers, and nothing without questions", async () => {
    testBot = await createTestBot();
    expect(plainTextOf(await testBot.say("status robotics-tx", visitor))).not.toContain("Check-in questions");
    await addQuestions();
    const unanswered = plainTextOf(await testBot.say("status robotics-tx", visitor));
    expect(unanswered).toContain("Check-in questions");
    expect(unanswered).toContain("No answers yet.");

    const form = await openCheckIn();
    const [engaged, kits, students, news] = form.fields.slice(-4).map((field) => field.id);
    await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [engaged!]: "4", [kits!]: "Some need repair", [students!]: "18", [news!]: "Qualified for regionals" }, { actor: maria });
    const devForm = await openCheckIn(dev);
    await testBot.bot.submitForm(devForm.formId, devForm.context, { status: "at-risk", [engaged!]: "2", [kits!]: "Some need repair" }, { actor: dev });

    const round = await testBot.store.db.round.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, status: "open" } });
    const status = plainTextOf(await testBot.say("status robotics-tx", visitor));
    expect(status).toContain(`Check-in questions (${round.period})`);
    expect(status).toContain("How engaged were students this week?: average 3 of 5 from 2 answers");
    expect(status).toContain("Equipment and kits: Some need repair 2");
    expect(status).toContain("Students at club sessions this week: 18 (Maria Alvarez)");
    expect(status).toContain("Competition news: Qualified for regionals (Maria Alvarez)");
    // A removed question is no longer listed.
    expect((await testBot.say("question remove robotics-tx 4 --yes", maria)).error).toBeUndefined();
    expect(plainTextOf(await testBot.say("status robotics-tx", visitor))).not.toContain("Competition news");
  });

  it("refuses answers it cannot accept, field by field, and stores nothing", async () => {
    testBot = await createTestBot();
    await addQuestions();
    const form = await openCheckIn();
    const [engaged, kits, students] = form.fields.slice(-4).map((field) => field.id);
    const responses = await testBot.store.db.checkInResponse.count();
    const result = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [engaged!]: "7", [kits!]: "broken", [students!]: "many" }, { actor: maria });
    expect(result).toEqual({
      kind: "form-errors",
      errors: { [engaged!]: "Pick a whole number from 1 to 5.", [kits!]: "Pick one of: All working, Some need repair, Parts missing.", [students!]: "Enter a number, such as 12 or 3.5." },
    });
    expect(await testBot.store.db.checkInResponse.count()).toBe(responses);
    expect(await testBot.store.db.checkInAnswer.count()).toBe(0);
  });

  it("moves a question, and removes one after asking; answers already given stay in the digest", async () => {
    testBot = await createTestBot();
    await addQuestions();
    const moved = await testBot.say("question move robotics-tx 4 1", maria);
    expect(plainTextOf(moved)).toContain("1. Competition news");
    expect(plainTextOf(moved)).toContain("2. How engaged were students this week?");

    const form = await openCheckIn();
    const kits = form.fields.find((field) => field.label === "Equipment and kits")!.id;
    await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [kits]: "All working" }, { actor: maria });

    const asked = await testBot.say("question remove robotics-tx 3", maria);
    expect(asked.heading).toBe('Confirm: Stop asking "Equipment and kits" in robotics-tx\'s check-ins?');
    expect(plainTextOf(asked)).toContain("The one answer already given stays with its check-in.");
    expect(plainTextOf(asked)).toContain("/partner question remove robotics-tx 3 --yes");
    expect(await testBot.store.db.checkInQuestion.count({ where: { removedAt: null } })).toBe(4);

    const removed = await testBot.say("question remove robotics-tx 3 --yes", maria);
    expect(removed.error).toBeUndefined();
    const list = plainTextOf(await testBot.say("question list robotics-tx"));
    expect(list).not.toContain("Equipment and kits");
    expect(list).toContain("3. Students at club sessions this week");
    expect((await openCheckIn()).fields.map((field) => field.label)).not.toContain("Equipment and kits");

    const round = await testBot.store.db.round.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, status: "open" } });
    expect(plainTextOf(buildDigest((await testBot.store.digests.load(round.id))!, testBot.clock.now()).message)).toContain("Maria Alvarez: All working");
    const audits = await testBot.store.db.auditEntry.findMany({ where: { entity: "check-in-question", action: { in: ["update", "delete"] } } });
    expect(audits.map((audit) => audit.action)).toEqual(["update", "delete"]);
  });

  it("refuses a choice question without choices, choices on another kind, and an unknown question number, changing nothing", async () => {
    testBot = await createTestBot();
    await addQuestions();
    await expectNothingChanged(async () => {
      const noChoices = await testBot.say("question add robotics-tx choice Best meeting time", maria);
      expect(noChoices.error).toBe("bad-arguments");
      expect(plainTextOf(noChoices)).toContain('A choice question needs its choices: add --choices "first,second,third".');
      const oneChoice = await testBot.say('question add robotics-tx choice Best meeting time --choices "Mornings"', maria);
      expect(plainTextOf(oneChoice)).toContain("give at least two choices");
      expect((await testBot.say('question add robotics-tx scale Mood --choices "a,b"', maria)).error).toBe("bad-arguments");
      expect((await testBot.say("question add robotics-tx rating Mood", maria)).error).toBe("bad-arguments");

      const unknown = await testBot.say("question remove robotics-tx 9 --yes", maria);
      expect(unknown.error).toBe("not-found");
      expect(plainTextOf(unknown)).toContain("robotics-tx has no question 9: it has questions 1 to 4. Type /partner question list robotics-tx to see them.");
      expect((await testBot.say("question move robotics-tx 9 1", maria)).error).toBe("not-found");
      const tooFar = await testBot.say("question move robotics-tx 1 5", maria);
      expect(plainTextOf(tooFar)).toContain("a question can go from 1 to 4");
      expect((await testBot.say("question move robotics-tx 0 1", maria)).error).toBe("bad-arguments");
      expect((await testBot.say("question remove solar-oh 1 --yes")).error).toBe("not-found");
    });
  });

  it("lets only liaisons and coordinators change the questions", async () => {
    testBot = await createTestBot();
    await addQuestions();
    await expectNothingChanged(async () => {
      for (const line of ["question add robotics-tx text Anything else?", "question move robotics-tx 2 1", "question remove robotics-tx 1 --yes"]) {
        const refused = await testBot.say(line, visitor);
        expect(refused.error, line).toBeDefined();
        expect(plainTextOf(refused)).toMatch(/liaison|coordinator/i);
      }
    });
  });

  it("asks at most 10 questions of its own", async () => {
    testBot = await createTestBot();
    for (let index = 1; index <= 10; index++) expect((await testBot.say(`question add robotics-tx number Count ${index}`, maria)).error).toBeUndefined();
    const eleventh = await testBot.say("question add robotics-tx number Count 11", maria);
    expect(eleventh.error).toBe("bad-arguments");
    expect(plainTextOf(eleventh)).toContain("asks 10 questions of its own");
    expect(await testBot.store.db.checkInQuestion.count()).toBe(10);
  });
});
