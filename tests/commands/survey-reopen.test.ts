import { afterEach, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { startTestWeb, type TestWeb } from "../web/support/start-test-web.js";

let testBot: TestBot | undefined;
let server: TestWeb | undefined;
afterEach(async () => {
  await testBot?.close();
  await server?.close();
  testBot = undefined;
  server = undefined;
});

function idOf(text: string): number {
  return Number(/Survey #(\d+)/.exec(text)![1]);
}

describe("survey reopen in chat", () => {
  it("lets the liaisons answer again after a close, with an audit entry of before and after", async () => {
    testBot = await createTestBot();
    const id = idOf(plainTextOf(await testBot.say('survey create robotics-tx "Mid-year pulse"', maria)));
    await testBot.say(`survey question ${id} scale "How is the partnership going?"`, maria);
    expect((await testBot.say(`survey send ${id}`, maria)).error).toBeUndefined();
    await testBot.say(`survey close ${id}`, maria);
    const closed = await testBot.bot.runAction("survey.start", String(id), { actor: maria });
    expect(closed.kind === "message" && closed.error).toBe("closed");

    const reopened = await testBot.say(`survey reopen ${id}`, maria);
    expect(reopened.error).toBeUndefined();
    expect(reopened.heading).toBe(`Survey #${id} is open again: Mid-year pulse`);
    expect(plainTextOf(reopened)).toContain("It takes answers again in chat.");
    expect((await testBot.bot.runAction("survey.start", String(id), { actor: maria })).kind).toBe("form");
    const survey = await testBot.store.db.survey.findUniqueOrThrow({ where: { id } });
    expect([survey.status, survey.closedAt]).toEqual(["open", null]);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "survey", action: "reopen" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ status: "closed" });
    expect(JSON.parse(audit.after!)).toEqual({ status: "open" });
  });

  it("puts a survey closed before it was sent back to draft", async () => {
    testBot = await createTestBot();
    const id = idOf(plainTextOf(await testBot.say('survey create robotics-tx "Never sent"', maria)));
    await testBot.say(`survey close ${id}`, maria);
    const reopened = await testBot.say(`survey reopen ${id}`, maria);
    expect(reopened.heading).toBe(`Survey #${id} is a draft again: Never sent`);
    expect((await testBot.store.db.survey.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });

  it("refuses a survey that is not closed, an unknown one and a visitor, and changes nothing", async () => {
    testBot = await createTestBot();
    const id = idOf(plainTextOf(await testBot.say('survey create robotics-tx "Pulse"', maria)));
    await testBot.say(`survey question ${id} scale "How is it going?"`, maria);
    await testBot.say(`survey send ${id}`, maria);
    const open = await testBot.say(`survey reopen ${id}`, maria);
    expect(open.error).toBe("conflict");
    expect(plainTextOf(open)).toContain("is not closed (it is open)");
    expect((await testBot.say("survey reopen 9999", maria)).error).toBe("not-found");
    expect((await testBot.say("survey reopen twelve", maria)).error).toBe("bad-arguments");
    await testBot.say(`survey close ${id}`, maria);
    expect((await testBot.say(`survey reopen ${id}`, visitor)).error).toBe("forbidden");
    expect((await testBot.store.db.survey.findUniqueOrThrow({ where: { id } })).status).toBe("closed");
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "survey", action: "reopen" } })).toBe(0);
  });
});

describe("survey reopen on the web survey page", () => {
  it("opens the survey's links again, but not a revoked one", async () => {
    server = await startTestWeb();
    const bot = server.testBot;
    const id = idOf(plainTextOf(await bot.say('survey create robotics-tx "Exit ticket" --anonymous', maria)));
    await bot.say(`survey question ${id} scale "I can solve problems with a team."`, maria);
    const linkOf = async (options: string) => {
      const reply = plainTextOf(await bot.say(`survey link ${id} ${options}`, maria));
      return `${server!.web.url}${new URL(/https?:\/\/\S+\/s\/[A-Za-z0-9_-]{43}/.exec(reply)![0]).pathname}`;
    };
    const period3 = await linkOf('--label "Period 3"');
    const period5 = await linkOf('--label "Period 5"');
    const period5Id = (await bot.store.surveyLinks.list(id))[1]!.id;
    await bot.say(`survey link ${id} --revoke ${period5Id}`, maria);
    await bot.say(`survey close ${id}`, maria);
    bot.clock.advance(3_000);
    expect((await fetch(period3)).status).toBe(410);

    const reopened = await bot.say(`survey reopen ${id}`, maria);
    expect(plainTextOf(reopened)).toContain("It takes answers again in chat and on 1 of its 2 links.");
    expect(plainTextOf(reopened)).toContain("Period 5: revoked");
    bot.clock.advance(3_000);
    const page = await fetch(period3);
    expect(page.status).toBe(200);
    const html = await page.text();
    const field = /name="(q-\d+)"/.exec(html)![1]!;
    const formToken = /name="_form" value="([^"]+)"/.exec(html)![1]!;
    bot.clock.advance(5_000);
    const answered = await fetch(period3, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _form: formToken, [field]: "4" }) });
    expect(answered.status).toBe(200);
    expect(await bot.store.db.surveyResponse.count({ where: { surveyId: id, source: "link" } })).toBe(1);
    expect((await fetch(period5)).status).toBe(410);
  });
});
