import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
beforeEach(async () => {
  testBot = await createTestBot();
});
afterEach(async () => testBot?.close());

function idOf(text: string): number {
  return Number(/Survey #(\d+)/.exec(text)![1]);
}

async function makeLink(surveyId: number, options = ""): Promise<string> {
  const reply = plainTextOf(await testBot.say(`survey link ${surveyId} ${options}`, maria));
  const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(reply)?.[1];
  if (token === undefined) throw new Error(`no link in: ${reply}`);
  return token;
}

/** One student's answers through a link, as the web adapter passes them: field ids to raw text. */
async function answer(token: string, surveyId: number, values: (string | undefined)[]) {
  const survey = (await testBot.store.surveys.find(surveyId))!;
  const fields = Object.fromEntries(survey.questions.flatMap((question, index) => (values[index] === undefined ? [] : [[`q-${question.id}`, values[index]!]])));
  return testBot.bot.answerSurveyLink(token, fields);
}

describe("survey templates", () => {
  it("lists the templates and creates a survey with a template's questions, anonymous", async () => {
    const list = plainTextOf(await testBot.say("survey templates", maria));
    expect(list).toContain("student-confidence: Student STEM confidence");
    expect(list).toContain("I feel confident using lab equipment and techniques.");
    expect(list).toContain("partner-satisfaction");
    expect(list).toContain("educator-pd");
    const created = plainTextOf(await testBot.say("survey create robotics-tx Lab skills before --template student-confidence", maria));
    const survey = (await testBot.store.surveys.find(idOf(created)))!;
    expect(survey.anonymous).toBe(true);
    expect(survey.questions.map((question) => question.kind)).toEqual(["scale", "scale", "scale", "scale", "choice", "text"]);
    const unknown = await testBot.say("survey create robotics-tx Lab --template robots", maria);
    expect(plainTextOf(unknown)).toContain('There is no template "robots". Use one of: student-confidence, partner-satisfaction, educator-pd');
  });
});

describe("pre and post surveys", () => {
  it("copies the questions and shows before and after averages, counts and the change, each side hidden below its minimum", async () => {
    const before = idOf(plainTextOf(await testBot.say("survey create robotics-tx Confidence before --anonymous --min-responses 3", maria)));
    await testBot.say(`survey question ${before} scale I feel confident in the lab.`, maria);
    await testBot.say(`survey question ${before} text Anything else?`, maria);
    const after = idOf(plainTextOf(await testBot.say(`survey create robotics-tx Confidence after --after ${before}`, maria)));
    const afterSurvey = (await testBot.store.surveys.find(after))!;
    expect(afterSurvey).toMatchObject({ anonymous: true, minResponses: 3, afterSurveyId: before });
    expect(afterSurvey.questions.map((question) => question.prompt)).toEqual(["I feel confident in the lab.", "Anything else?"]);

    const beforeLink = await makeLink(before);
    const afterLink = await makeLink(after);
    for (const value of ["2", "3", "2"]) expect((await answer(beforeLink, before, [value])).kind).toBe("saved");
    for (const value of ["4", "5"]) expect((await answer(afterLink, after, [value])).kind).toBe("saved");

    const hidden = plainTextOf(await testBot.say(`survey results ${after}`, maria));
    expect(hidden).toContain("Before and after: survey #" + before);
    expect(hidden).toContain("1. I feel confident in the lab.: before 2.3 (3 answers), after: hidden until 3 have answered (2 so far)");
    expect(hidden).not.toContain("change");

    expect((await answer(afterLink, after, ["4"])).kind).toBe("saved");
    const shown = plainTextOf(await testBot.say(`survey results ${after}`, maria));
    expect(shown).toContain("1. I feel confident in the lab.: before 2.3 (3 answers), after 4.3 (3 answers), change +2.0");
    expect(plainTextOf(await testBot.say(`survey results ${before}`, maria))).toContain("change +2.0");
  });
});

describe("survey links", () => {
  it("refuses answers past three times the expected count and tells the liaisons once", async () => {
    const id = idOf(plainTextOf(await testBot.say("survey create robotics-tx Exit ticket --anonymous --min-responses 3", maria)));
    await testBot.say(`survey question ${id} scale I can solve problems with a team.`, maria);
    const token = await makeLink(id, '--label "Period 3" --expected 2');
    for (let student = 0; student < 6; student++) expect((await answer(token, id, ["4"])).kind).toBe("saved");
    expect(await answer(token, id, ["4"])).toEqual({ kind: "refused", reason: "full" });
    expect(await answer(token, id, ["4"])).toEqual({ kind: "refused", reason: "full" });
    expect(await testBot.bot.openSurveyLink(token)).toEqual({ kind: "refused", reason: "full" });
    const notices = await testBot.database.db.prompt.findMany({ where: { dedupeKey: { startsWith: "survey-link-full:" } } });
    expect(notices.length).toBeGreaterThan(0);
    expect(new Set(notices.map((notice) => notice.dedupeKey)).size).toBe(notices.length);
    expect(notices[0]!.payload).toContain("has taken 6 answers, 3 times the 2 expected");
    expect(await testBot.database.db.surveyResponse.count({ where: { surveyId: id } })).toBe(6);
    const results = plainTextOf(await testBot.say(`survey results ${id}`, maria));
    expect(results).toContain("6 (6 from links, 0 in chat)");
    expect(results).toContain("Period 3): 6 answers of 2 expected");
  });

  it("stops a revoked link, a link past its closing day and every link of a closed survey", async () => {
    const id = idOf(plainTextOf(await testBot.say("survey create robotics-tx Exit ticket --anonymous", maria)));
    await testBot.say(`survey question ${id} number How many sessions did you attend?`, maria);
    const revoked = await makeLink(id);
    const linkNumber = (await testBot.store.surveyLinks.list(id))[0]!.id;
    expect(plainTextOf(await testBot.say(`survey link ${id} --revoke ${linkNumber}`, maria))).toContain("stopped");
    expect(await testBot.bot.openSurveyLink(revoked)).toEqual({ kind: "refused", reason: "closed" });

    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Chicago" }).format(testBot.clock.now());
    const dated = await makeLink(id, `--closes ${today}`);
    expect((await testBot.bot.openSurveyLink(dated)).kind).toBe("open");
    testBot.clock.advance(2 * 86_400_000);
    expect(await testBot.bot.openSurveyLink(dated)).toEqual({ kind: "refused", reason: "closed" });

    const open = await makeLink(id);
    expect((await answer(open, id, ["not a number"])).kind).toBe("invalid");
    await testBot.say(`survey close ${id}`, maria);
    expect(await answer(open, id, ["3"])).toEqual({ kind: "refused", reason: "closed" });
    expect(await testBot.bot.openSurveyLink("x".repeat(43))).toEqual({ kind: "refused", reason: "unknown" });
  });
});
