import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { startTestWeb, type TestWeb } from "./support/start-test-web.js";

let server: TestWeb;
let surveyId: number;

beforeAll(async () => {
  server = await startTestWeb({ surveyLimits: { perLinkPerMinute: 3, perAddressPerMinute: 5 } });
  surveyId = Number(/Survey #(\d+)/.exec(plainTextOf(await server.testBot.say("survey create robotics-tx Exit ticket --anonymous")))![1]);
  await server.testBot.say(`survey question ${surveyId} scale I can solve problems with a team.`);
  await server.testBot.say(`survey question ${surveyId} text What should we change?`);
});

afterAll(async () => server?.close());

async function newLink(): Promise<string> {
  const reply = plainTextOf(await server.testBot.say(`survey link ${surveyId}`));
  return `${server.web.url}${new URL(/https?:\/\/\S+\/s\/[A-Za-z0-9_-]{43}/.exec(reply)![0]).pathname}`;
}

/** Opens the page as a fresh browser (no cookie) and reads its form token and field names. */
async function openForm(url: string): Promise<{ formToken: string; scale: string; text: string }> {
  const page = await (await fetch(url)).text();
  const names = [...new Set([...page.matchAll(/name="(q-\d+)"/g)].map((match) => match[1]!))];
  return { formToken: /name="_form" value="([^"]+)"/.exec(page)![1]!, scale: names[0]!, text: names[1]! };
}

async function post(url: string, fields: Record<string, string>): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });
  return { status: response.status, html: await response.text() };
}

async function linkAnswers(): Promise<number> {
  return server.testBot.database.db.surveyResponse.count({ where: { surveyId, source: "link" } });
}

describe("survey links against simple bots and floods", () => {
  it("refuses a form with the hidden honeypot field filled in, and stores nothing", async () => {
    const url = await newLink();
    const form = await openForm(url);
    server.testBot.clock.advance(5_000);
    const before = await linkAnswers();
    const answer = await post(url, { _form: form.formToken, [form.scale]: "4", website: "http://spam.example" });
    expect(answer.status).toBe(400);
    expect(answer.html).toContain("Your answers could not be saved");
    expect(await linkAnswers()).toBe(before);
  });

  it("sends back answers posted faster than a person reads, or with a forged form token, with the answers kept", async () => {
    const url = await newLink();
    const form = await openForm(url);
    const before = await linkAnswers();
    const quick = await post(url, { _form: form.formToken, [form.scale]: "4", [form.text]: "Kept text" });
    expect(quick.status).toBe(400);
    expect(quick.html).toContain("Your answers were sent very quickly");
    expect(quick.html).toContain("Kept text");
    server.testBot.clock.advance(5_000);
    const forged = await post(url, { _form: `${Date.now() - 60_000}.forged`, [form.scale]: "4" });
    expect(forged.status).toBe(400);
    expect(await linkAnswers()).toBe(before);
  });

  it("refuses a body over its cap before reading it", async () => {
    const url = await newLink();
    const form = await openForm(url);
    server.testBot.clock.advance(5_000);
    const huge = await post(url, { _form: form.formToken, [form.scale]: "4", [form.text]: "x".repeat(60_000) });
    expect(huge.status).toBe(413);
  });

  it("limits answers per link and per address in each minute, keeping the answers, and takes them again a minute later", async () => {
    server.testBot.clock.advance(61_000);
    const url = await newLink();
    const statuses: number[] = [];
    for (let student = 0; student < 4; student++) {
      const form = await openForm(url);
      server.testBot.clock.advance(3_000);
      const answer = await post(url, { _form: form.formToken, [form.scale]: "3", [form.text]: `Student ${student}` });
      statuses.push(answer.status);
      if (answer.status === 429) expect(answer.html).toContain(`Student ${student}`);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Another link from the same address: it allows 5 a minute in all, and 3 went through (the refused one is not counted).
    const other = await newLink();
    const more: number[] = [];
    for (let student = 0; student < 3; student++) {
      const form = await openForm(other);
      server.testBot.clock.advance(3_000);
      more.push((await post(other, { _form: form.formToken, [form.scale]: "3" })).status);
    }
    expect(more).toEqual([200, 200, 429]);
    server.testBot.clock.advance(61_000);
    const form = await openForm(url);
    server.testBot.clock.advance(3_000);
    expect((await post(url, { _form: form.formToken, [form.scale]: "3" })).status).toBe(200);
  });
});
