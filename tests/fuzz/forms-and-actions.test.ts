import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { CHECK_IN_FORM_ID, metricFieldId } from "../../src/commands/checkin/build-check-in-form.js";
import { questionFieldId, SURVEY_FORM_ID } from "../../src/commands/surveys/build-survey-form.js";
import { actionHandlers, formHandlers } from "../../src/forms/index.js";
import { coordinator, maria } from "../support/test-bot.js";
import { createFuzzBot, FUZZ_ACTORS, type FuzzBot } from "./support/fuzz-bot.js";
import { fuzzParameters } from "./support/fuzz-parameters.js";
import { HOSTILE_NUMBERS, hostileWord } from "./support/hostile-text.js";

/** Ids as they reach a form or button: real ones, other workspaces', huge, negative, garbage. */
function idLike(real: number[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...real.map(String)) },
    { weight: 1, arbitrary: fc.constantFrom("0", "-1", "99999999999999999999", "2147483648", "9223372036854775808", "1e3", "01", " 1", "1.0", "") },
    { weight: 1, arbitrary: hostileWord() },
  );
}

/** A form value: a fitting one, an option's label or number, or garbage. */
function formValue(fitting: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fitting) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) }, { weight: 2, arbitrary: hostileWord() });
}

describe("random form submissions and button clicks", () => {
  let fuzz: FuzzBot;
  let partnershipIds: number[];
  let roundIds: number[];
  let metricIds: number[];
  let surveyIds: number[];
  let questionIds: number[];

  beforeAll(async () => {
    fuzz = await createFuzzBot("sqlite");
    // Surveys of every kind of question, one anonymous, sent so that they are open.
    for (const [handle, anonymous] of [["robotics-tx", ""], ["solar-oh", " --anonymous"]] as const) {
      const created = await fuzz.say(`survey create ${handle} "Pulse ${handle}"${anonymous}`);
      const id = /#(\d+)/.exec(created.heading ?? "")?.[1] ?? /#(\d+)/.exec(JSON.stringify(created))![1]!;
      await fuzz.say(`survey question ${id} scale "How well is it going?"`);
      await fuzz.say(`survey question ${id} choice "Best part?" --options "mentors,kits,space"`);
      await fuzz.say(`survey question ${id} number "Hours?"`);
      await fuzz.say(`survey question ${id} text "Anything else?"`);
      await fuzz.say(`survey send ${id}`);
    }
    const { db } = fuzz.store;
    partnershipIds = (await db.partnership.findMany({ select: { id: true } })).map((row) => row.id);
    roundIds = (await db.round.findMany({ select: { id: true }, orderBy: { id: "desc" }, take: 6 })).map((row) => row.id);
    metricIds = (await db.metric.findMany({ select: { id: true } })).map((row) => row.id);
    surveyIds = (await db.survey.findMany({ select: { id: true } })).map((row) => row.id);
    questionIds = (await db.surveyQuestion.findMany({ select: { id: true } })).map((row) => row.id);
  });
  afterAll(async () => fuzz?.close());

  const actors = () => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(coordinator, maria) }, { weight: 2, arbitrary: fc.constantFrom(...FUZZ_ACTORS) });

  it("a check-in form with random values and contexts is saved, or refused with nothing changed", async () => {
    onTestFinished(() => console.log("fuzz: check-in form outcomes", fuzz.outcomes()));
    const context = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(idLike(partnershipIds), fc.oneof(fc.constant(""), idLike(roundIds))).map(([partnership, round]) => `${partnership}:${round}`) },
      { weight: 1, arbitrary: fc.constantFrom("99999999999999999999:", "1:99999999999999999999", "1:2:3", ":", "1", "") },
      { weight: 1, arbitrary: hostileWord() },
    );
    const values = fc.record(
      {
        status: formValue(["on-track", "at-risk", "off-track", "On track", "at risk", "1", "2", "3", "OFF TRACK"]),
        highlights: formValue(["Robot drove", "", "Line one\nline two", "R&D"]),
        blockers: formValue(["", "Bus cancelled"]),
        needs: formValue(["", "Volunteers"]),
        extra: formValue(["x"]),
      },
      { requiredKeys: [] },
    );
    const readings = fc.array(fc.tuple(fc.constantFrom(...metricIds, 0, 99999), formValue(["0", "12", "3.5", "-2", "", " 7 "])), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(context, values, readings, actors(), fc.option(fc.string({ minLength: 1, maxLength: 8 }), { freq: 4 }), async (formContext, fields, metricReadings, actor, deliveryKey) => {
        const submitted: Record<string, string> = { ...fields } as Record<string, string>;
        for (const [metricId, value] of metricReadings) submitted[metricFieldId(metricId)] = value;
        await fuzz.check(`${actor.userId} sent check-in ${JSON.stringify(formContext)} ${JSON.stringify(submitted)}`, () =>
          fuzz.bot.submitForm(CHECK_IN_FORM_ID, formContext, submitted, { actor }, deliveryKey === null ? {} : { deliveryKey }),
        );
      }),
      fuzzParameters("check-in form", 300),
    );
  }, 120_000);

  it("a survey form with random answers and contexts is saved once, or refused with nothing changed", async () => {
    onTestFinished(() => console.log("fuzz: survey form outcomes", fuzz.outcomes()));
    const context = fc.oneof({ weight: 6, arbitrary: idLike(surveyIds) }, { weight: 1, arbitrary: fc.constantFrom("99999999999999999999", "#1", "1:2") });
    const answers = fc.array(fc.tuple(fc.constantFrom(...questionIds, 0, 424242), formValue(["1", "3", "5", "6", "0", "mentors", "Kits", "2", "12", "3.5", "", "Great year"])), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(context, answers, actors(), async (formContext, pairs, actor) => {
        const values = Object.fromEntries(pairs.map(([questionId, value]) => [questionFieldId(questionId), value]));
        await fuzz.check(`${actor.userId} sent survey ${JSON.stringify(formContext)} ${JSON.stringify(values)}`, () => fuzz.bot.submitForm(SURVEY_FORM_ID, formContext, values, { actor }));
      }),
      fuzzParameters("survey form", 200),
    );
  }, 120_000);

  it("answers a Start check-in button whose value overflows a database id with not-found (found by this suite)", async () => {
    const reply = await fuzz.check("a forged Start check-in button", () => fuzz.bot.runAction("checkin.start", "9223372036854775808", { actor: coordinator }));
    expect(reply.kind === "message" && reply.error).toBe("not-found");
  });

  it("unknown forms and random button clicks are answered without an internal error, and change nothing", async () => {
    const formIds = [...formHandlers.map((handler) => handler.formId), "checkin ", "unknown", "", "__proto__"];
    const actions = [...actionHandlers.map((handler) => handler.action), "checkin.start ", "survey.results", "", "constructor"];
    const click = fc.tuple(fc.constantFrom(...actions), idLike([...partnershipIds, ...surveyIds]), actors());
    const form = fc.tuple(fc.constantFrom(...formIds), hostileWord(), fc.dictionary(hostileWord(), hostileWord(), { maxKeys: 4 }), actors());
    await fc.assert(
      fc.asyncProperty(fc.oneof(click.map((value) => ["click", ...value] as const), form.map((value) => ["form", ...value] as const)), async (request) => {
        if (request[0] === "click") {
          const [, action, value, actor] = request;
          await fuzz.check(`${actor.userId} clicked ${JSON.stringify(action)} ${JSON.stringify(value)}`, () => fuzz.bot.runAction(action, value, { actor }));
        } else {
          const [, formId, formContext, values, actor] = request;
          await fuzz.check(`${actor.userId} sent form ${JSON.stringify(formId)} ${JSON.stringify(formContext)} ${JSON.stringify(values)}`, () => fuzz.bot.submitForm(formId, formContext, values, { actor }));
        }
      }),
      fuzzParameters("buttons and unknown forms", 300),
    );
  }, 120_000);
});
