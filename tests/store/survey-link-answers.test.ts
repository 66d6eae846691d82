import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { startTestWeb, type TestWeb } from "../web/support/start-test-web.js";

let server: TestWeb;

beforeEach(async () => {
  server = await startTestWeb();
});

afterEach(async () => {
  await server.close();
});

const AGENT = "Sentinel-Browser/9.9 (survey-link test)";
const ADDRESS = "203.0.113.77";

/** Every table's every value, as text: what a database dump would show. */
async function dumpDatabase(): Promise<{ tables: Record<string, string[]>; text: string }> {
  const { db } = server.testBot.database;
  const tables = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'");
  const columns: Record<string, string[]> = {};
  let text = "";
  for (const { name } of tables) {
    const info = await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA table_info("${name}")`);
    columns[name] = info.map((column) => column.name);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
    text += JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? Number(value) : value));
  }
  return { tables: columns, text };
}

describe("the store keeps nothing about who answered through a link", () => {
  it("holds no address, user agent or name for a link answer, in any column of any table", async () => {
    const created = plainTextOf(await server.testBot.say("survey create robotics-tx Exit ticket --anonymous --min-responses 3"));
    const surveyId = Number(/Survey #(\d+)/.exec(created)![1]);
    await server.testBot.say(`survey question ${surveyId} scale I can solve problems with a team`);
    await server.testBot.say(`survey question ${surveyId} text What should we change?`);
    const reply = plainTextOf(await server.testBot.say(`survey link ${surveyId} --label "Period 5"`));
    const path = new URL(/https?:\/\/\S+\/s\/[A-Za-z0-9_-]{43}/.exec(reply)![0]).pathname;
    const url = `${server.web.url}${path}`;
    const headers = { "User-Agent": AGENT, "X-Forwarded-For": ADDRESS, "X-Real-IP": ADDRESS, "Accept-Language": "en" };

    const page = await (await fetch(url, { headers })).text();
    const formToken = /name="_form" value="([^"]+)"/.exec(page)![1]!;
    const [scaleField, textField] = [...page.matchAll(/name="(q-\d+)"/g)].map((match) => match[1]!).filter((name, index, all) => all.indexOf(name) === index);
    server.testBot.clock.advance(10_000);
    const before = await server.testBot.database.db.surveyParticipation.count();
    const posted = await fetch(url, { method: "POST", headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ _form: formToken, [scaleField!]: "4", [textField!]: "More building time" }) });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain("Thank you");

    const { db } = server.testBot.database;
    const responses = await db.surveyResponse.findMany({ where: { surveyId } });
    expect(responses).toEqual([{ id: expect.any(Number), surveyId, respondentId: null, submittedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), source: "link" }]);
    expect(await db.surveyParticipation.count()).toBe(before);
    const answers = await db.surveyAnswer.findMany({ where: { responseId: responses[0]!.id }, orderBy: { id: "asc" } });
    expect(answers.map((answer) => answer.numberValue ?? answer.textValue)).toEqual([4, "More building time"]);

    const { tables, text } = await dumpDatabase();
    for (const table of ["SurveyResponse", "SurveyAnswer", "SurveyLink"]) {
      expect(tables[table]!.filter((column) => /address|ip$|agent|name|respondent(?!Id)|person|user/i.test(column))).toEqual([]);
    }
    expect(text).not.toContain(AGENT);
    expect(text).not.toContain("Sentinel-Browser");
    expect(text).not.toContain(ADDRESS);
    // The token itself is not stored either, only its hash.
    expect(text).not.toContain(path.slice(3));
  });
});
