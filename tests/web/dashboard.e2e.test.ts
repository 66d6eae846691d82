import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../adapters/web/testing/launch-chromium.js";
import type { Actor } from "../../src/ports/actor.js";
import { expectNoSeriousViolations } from "./support/expect-no-serious-violations.js";
import { startTestWeb, type TestWeb } from "./support/start-test-web.js";

let browser: Browser;
let server: TestWeb;
const elsewhere: Actor = { platform: "slack", workspaceId: "T-OTHER", userId: "U-ADMIN", displayName: "Other Admin", isPlatformAdmin: true };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestWeb()]);
  const created = await server.testBot.say('new other-robotics "Another District Robotics"', elsewhere);
  expect(created.error).toBeUndefined();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The portfolio's rows as handle -> health, read from the table as a person sees it. */
async function portfolioRows(page: Page): Promise<Record<string, string>> {
  const rows = await page.locator("table.portfolio tbody tr").all();
  const entries = await Promise.all(rows.map(async (row) => [(await row.locator("th .hint").textContent())!.split(",")[0]!, (await row.locator(".tag").textContent())!] as const));
  return Object.fromEntries(entries);
}

describe("the portfolio", () => {
  it("lists the demo partnerships with the health status gives them, and counts them by health", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    const rows = await portfolioRows(page);
    expect(Object.keys(rows).sort()).toEqual(["appdev-ca", "robotics-tx", "solar-oh"]);
    for (const handle of Object.keys(rows)) {
      const status = await server.testBot.say(`status ${handle}`);
      expect(status.heading!.toLowerCase()).toContain(rows[handle]!.toLowerCase());
    }
    const counts = await page.locator(".counts li").allTextContents();
    const total = counts.reduce((sum, text) => sum + Number(/\d+/.exec(text)![0]), 0);
    expect(total).toBe(3);
    await expect(page.getByText("other-robotics").count()).resolves.toBe(0);
    await context.close();
  });

  it("narrows the list with a filter and a search, through a plain GET form", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await page.getByLabel("Program model").selectOption("funding");
    await Promise.all([page.waitForURL(/model=funding/), page.getByRole("button", { name: "Apply" }).click()]);
    expect(Object.keys(await portfolioRows(page))).toEqual(["solar-oh"]);
    await page.getByLabel("Program model").selectOption("");
    await page.getByLabel("Search by name or handle").fill("APP");
    await Promise.all([page.waitForURL(/q=APP/), page.getByRole("button", { name: "Apply" }).click()]);
    expect(Object.keys(await portfolioRows(page))).toEqual(["appdev-ca"]);
    await page.goto(`${server.web.url}/?kind=nonprofit`);
    expect(Object.keys(await portfolioRows(page))).toEqual(["solar-oh"]);
    await context.close();
  });

  it("filters by health from the counts at the top", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    const all = await portfolioRows(page);
    const health = Object.values(all)[0]!.toLowerCase().replace(" ", "-");
    await Promise.all([page.waitForURL(new RegExp(`health=${health}`)), page.locator(".counts a", { hasText: Object.values(all)[0]!.toLowerCase() }).click()]);
    const shown = await portfolioRows(page);
    expect(Object.keys(shown).sort()).toEqual(Object.keys(all).filter((handle) => all[handle] === Object.values(all)[0]).sort());
    await context.close();
  });

  it("downloads what is shown as CSV, with formula-like text neutralised", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await page.goto(`${server.web.url}/?model=mentorship`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Download these 2 partnerships/ }).click()]);
    const text = await (await context.request.get(`${server.web.url}${new URL(download.url()).pathname}${new URL(download.url()).search}`)).text();
    const lines = text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^handle,name,status,program models,partner kinds,health,why/);
    expect(lines.slice(1).map((line) => line.split(",")[0]).sort()).toEqual(["appdev-ca", "robotics-tx"]);
    expect(text).toContain("school; business");
    const created = await server.testBot.say('new formula-test "=HYPERLINK(1)"');
    expect(created.error).toBeUndefined();
    const formula = await (await context.request.get(`${server.web.url}/portfolio.csv?q=formula`)).text();
    expect(formula.split("\r\n")[1]).toMatch(/^formula-test,'=HYPERLINK\(1\),/);
    await context.close();
  });
});

describe("a partnership's page", () => {
  it("charts each metric with a point per reading the database holds, and a table of the same readings", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await Promise.all([page.waitForURL(/\/p\/robotics-tx$/), page.getByRole("link", { name: "Middle School Robotics Mentorship" }).click()]);
    const metric = await server.testBot.store.db.metric.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, key: "enrollment" }, include: { readings: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] } } });
    expect(metric.readings.length).toBeGreaterThan(2);
    const figure = page.locator("figure", { has: page.locator("figcaption", { hasText: metric.name }) });
    await expect(figure.locator('svg[role="img"] title').textContent()).resolves.toBe(metric.name);
    await expect(figure.locator("g.mark-symbol path").count()).resolves.toBe(metric.readings.length);
    const values = await figure.locator("table.readings td[data-value]").evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute("data-value"))));
    expect(values).toEqual(metric.readings.map((reading) => reading.value));
    await expect(figure.locator("figcaption").textContent()).resolves.toContain(`target ${metric.target}`);
    for (const heading of ["Charter", "Partners and liaisons", "Asset map", "Success metrics", "Milestones", "Check-in rounds", "Reflections", "Surveys", "Schedule"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading }).count()).resolves.toBe(1);
    }
    await expect(page.getByText("Ridgeline Engineering").first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("answers 404 for another workspace's partnership, the same as for a handle nobody uses", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    const other = await page.goto(`${server.web.url}/p/other-robotics`);
    expect(other?.status()).toBe(404);
    const otherText = await page.locator("main").textContent();
    const unknown = await page.goto(`${server.web.url}/p/no-such-partnership`);
    expect(unknown?.status()).toBe(404);
    expect(await page.locator("main").textContent()).toBe(otherText);
    await context.close();
  });

  it("stays under 300 KB", async () => {
    const context = await browser.newContext();
    await server.signIn(context);
    for (const path of ["/", "/p/robotics-tx", "/p/solar-oh", "/p/appdev-ca"]) {
      const response = await context.request.get(`${server.web.url}${path}`);
      expect(response.status()).toBe(200);
      expect((await response.body()).length).toBeLessThan(300 * 1024);
    }
    await context.close();
  });
});

describe("the dashboard's pages for everyone", () => {
  it("has no serious or critical accessibility problem on the portfolio and the partnership pages", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await expectNoSeriousViolations(page);
    await page.goto(`${server.web.url}/?health=off-track&sort=name`);
    await expectNoSeriousViolations(page);
    for (const handle of ["robotics-tx", "solar-oh", "appdev-ca"]) {
      await page.goto(`${server.web.url}/p/${handle}`);
      await expectNoSeriousViolations(page);
    }
    await context.close();
  });

  it("works with JavaScript switched off: filter, open a partnership, see its charts", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await server.signIn(context);
    await page.getByLabel("Partner kind").selectOption("nonprofit");
    await Promise.all([page.waitForURL(/kind=nonprofit/), page.getByRole("button", { name: "Apply" }).click()]);
    expect(Object.keys(await portfolioRows(page))).toEqual(["solar-oh"]);
    await Promise.all([page.waitForURL(/\/p\/solar-oh$/), page.getByRole("link", { name: "Rural Solar Classroom" }).click()]);
    await expect(page.locator('figure svg[role="img"]').count()).resolves.toBe(3);
    await context.close();
  });

  it("sends a signed-out visitor to the start page instead of showing a partnership", async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.web.url}/p/robotics-tx`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sign in from chat");
    const csv = await page.context().request.get(`${server.web.url}/portfolio.csv`, { maxRedirects: 0 });
    expect(csv.status()).toBe(303);
  });
});
