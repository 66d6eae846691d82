import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../adapters/web/testing/launch-chromium.js";
import { expectNoSeriousViolations } from "./support/expect-no-serious-violations.js";
import { startTestWeb, type TestWeb } from "./support/start-test-web.js";
import { coordinator } from "../support/test-bot.js";

let browser: Browser;
let server: TestWeb;
let context: BrowserContext;
let otherHandle: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestWeb()]);
  // A partnership in another workspace, which the demo coordinator must not reach.
  const { store } = server.testBot;
  const person = await store.people.resolveActor({ platform: "slack", workspaceId: "T-other", userId: "U-other", displayName: "Other", isPlatformAdmin: true });
  await store.partnerships.create({ platform: "slack", workspaceId: "T-other", handle: "hidden-elsewhere", name: "Hidden Elsewhere", status: "active", programModels: [], timezone: "UTC" }, person.id);
  otherHandle = "hidden-elsewhere";
  context = await browser.newContext();
  await (await server.signIn(context)).close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("reports on the web", () => {
  it("shows a partnership's school year with a chart per metric, and prints it to a PDF holding the outcomes", async () => {
    const page = await context.newPage();
    const response = await page.goto(`${server.web.url}/p/robotics-tx/report`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Middle School Robotics Mentorship: report 2026-08-01 to 2027-07-31 (term 2026-27)");
    const metrics = await page.locator("table.outcomes tbody th").allTextContents();
    expect(metrics.length).toBeGreaterThan(0);
    await expect(page.locator("figure.chart svg[role=img]").count()).resolves.toBe(metrics.length + 1);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header").isVisible()).resolves.toBe(false);
    await expect(page.locator(".report-actions").isVisible()).resolves.toBe(false);
    const printed = await page.locator("main").innerText();
    for (const metric of metrics) expect(printed).toContain(metric);
    expect(printed).toMatch(/Outcomes met\s*\d+ of \d+/);
    const latest = await page.locator("table.outcomes tbody tr td:nth-child(3)").first().textContent();
    expect(printed).toContain(latest!);
    for (const format of ["Letter", "A4"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(pdf.length).toBeGreaterThan(10_000);
    }
    await page.close();
  });

  it("downloads the same report as Markdown and as CSV with formula-safe cells", async () => {
    const page = await context.newPage();
    await page.goto(`${server.web.url}/p/robotics-tx/report?from=2026-08-01&to=2027-07-31`);
    const [markdown] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Markdown" }).click()]);
    expect(markdown.suggestedFilename()).toBe("robotics-tx-report-2026-08-01-to-2027-07-31.md");
    const text = await (await markdown.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(text).toContain("## Outcomes against targets");
    expect(text).toContain("## What each partner contributed");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    const table = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
    expect(table.split("\r\n")[0]).toBe("section,partnership,item,date,value,baseline,target,unit,detail");
    expect(table).toContain("outcome,robotics-tx,");
    expect(table).toContain("contribution,robotics-tx,");
    await page.close();
  });

  it("neutralises a highlight that a spreadsheet would run as a formula", async () => {
    await server.testBot.store.db.checkInResponse.updateMany({ where: { partnership: { handle: "solar-oh" } }, data: { highlights: "=HYPERLINK(\"http://evil\")" } });
    const response = await context.request.get(`${server.web.url}/p/solar-oh/report?format=csv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain("attachment");
    const body = await response.text();
    expect(body).toContain(`highlight,solar-oh,"'=HYPERLINK(""http://evil"")"`);
    expect(body).not.toMatch(/,=HYPERLINK/);
  });

  it("shows the answers to the partnership's own check-in questions and marks a retired metric, on the page and in the CSV", async () => {
    const { testBot } = server;
    for (const line of ["question add appdev-ca scale How confident were the interns?", 'question add appdev-ca choice Laptops --choices "Enough, Too few"', "question add appdev-ca text Anything to tell the school?"]) {
      expect((await testBot.say(line, coordinator)).error, line).toBeUndefined();
    }
    const metric = await testBot.store.db.metric.findFirstOrThrow({ where: { partnership: { handle: "appdev-ca" }, retiredAt: null }, orderBy: { id: "asc" } });
    expect((await testBot.say(`metric retire appdev-ca ${metric.key} --yes`, coordinator)).error).toBeUndefined();
    const form = await testBot.run("checkin appdev-ca", coordinator);
    if (form.kind !== "form") throw new Error("expected the check-in form");
    const [confident, laptops, tell] = form.fields.slice(-3).map((field) => field.id);
    await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", [confident!]: "4", [laptops!]: "Too few", [tell!]: "=cmd|' /C calc'!A0" }, { actor: coordinator });

    const page = await context.newPage();
    await page.goto(`${server.web.url}/p/appdev-ca/report`);
    const questions = page.locator("ul.check-in-questions > li");
    await expect(questions.allInnerTexts()).resolves.toEqual([
      "How confident were the interns?: 1 answer, average 4 of 5",
      "Laptops: 1 answer: Too few 1",
      expect.stringMatching(/^Anything to tell the school\?: 1 answer\n.*=cmd\|' \/C calc'!A0$/),
    ]);
    await expect(page.locator("table.outcomes tbody th", { hasText: `${metric.name} (retired ` }).count()).resolves.toBe(1);
    await expectNoSeriousViolations(page);
    await page.close();
    const csv = await (await context.request.get(`${server.web.url}/p/appdev-ca/report?format=csv`)).text();
    expect(csv).toContain("check-in question,appdev-ca,How confident were the interns?,,1,,,answers,\"1 answer, average 4 of 5\"");
    expect(csv).toContain("check-in answer,appdev-ca,Laptops,,1,,,answers,Too few");
    expect(csv).not.toMatch(/,=cmd/);
  });

  it("gives the program's report of every partnership the coordinator sees", async () => {
    const page = await context.newPage();
    await page.goto(`${server.web.url}/report`);
    const rows = await page.locator("section[aria-labelledby=partnerships] tbody th").allTextContents();
    expect(rows.map((row) => /\(([a-z0-9-]+)\)/.exec(row)?.[1])).toEqual(["appdev-ca", "robotics-tx", "solar-oh"]);
    await expectNoSeriousViolations(page);
    await page.close();
  });

  it("has no serious accessibility violation, and works with JavaScript disabled", async () => {
    const page = await context.newPage();
    await page.goto(`${server.web.url}/p/solar-oh/report`);
    await expectNoSeriousViolations(page);
    await page.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await context.storageState() });
    const plain = await noScript.newPage();
    await plain.goto(`${server.web.url}/p/robotics-tx/report`);
    await plain.getByLabel("From").fill("2026-11-01");
    await Promise.all([plain.waitForURL(/from=2026-11-01/), plain.getByRole("button", { name: "Show this range" }).click()]);
    await expect(plain.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("2026-11-01 to 2027-07-31");
    await noScript.close();
  });

  it("answers 404 for another workspace's partnership, 400 for a range that ends before it starts, 401 signed out", async () => {
    const page = await context.newPage();
    const hidden = await page.goto(`${server.web.url}/p/${otherHandle}/report`);
    expect(hidden?.status()).toBe(404);
    await expect(page.getByText("Hidden Elsewhere").count()).resolves.toBe(0);
    expect((await context.request.get(`${server.web.url}/p/${otherHandle}/report?format=csv`)).status()).toBe(404);
    expect((await context.request.get(`${server.web.url}/p/robotics-tx/report?from=2027-01-01&to=2026-01-01`)).status()).toBe(400);
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`${server.web.url}/p/robotics-tx/report`)).status()).toBe(401);
    await anonymous.close();
    await page.close();
  });
});
