import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../adapters/web/testing/launch-chromium.js";
import type { Actor } from "../../src/ports/actor.js";
import { maria } from "../support/test-bot.js";
import { expectNoSeriousViolations } from "./support/expect-no-serious-violations.js";
import { startTestWeb, type TestWeb } from "./support/start-test-web.js";

let browser: Browser;
let server: TestWeb;
const elsewhere: Actor = { platform: "slack", workspaceId: "T-OTHER", userId: "U-ADMIN", displayName: "Other Admin", isPlatformAdmin: true };

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestWeb()]);
  const say = async (line: string, actor?: Actor) => expect((await server.testBot.say(line, actor)).error, line).toBeUndefined();
  await say("metric edit robotics-tx enrollment --target 40", maria);
  for (let value = 1; value <= 21; value++) await say(`metric record robotics-tx enrollment ${value}`, maria);
  await say('partner edit robotics-tx Ridgeline --role "lead mentor"');
  await say('new other-robotics "Another District Robotics"', elsewhere);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a partnership's history page", () => {
  it("is linked from the partnership page and lists who changed what, newest first, as chat does", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await page.goto(`${server.web.url}/p/robotics-tx`);
    await Promise.all([page.waitForURL(/\/p\/robotics-tx\/history$/), page.getByRole("link", { name: "History: who changed what" }).click()]);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("History");
    const rows = page.locator("table.history tbody tr");
    await expect(rows.count()).resolves.toBe(20);
    await expect(rows.nth(0).locator("td").nth(1).textContent()).resolves.toBe("Demo Coordinator");
    await expect(rows.nth(0).locator("td").nth(2).textContent()).resolves.toBe('changed Ridgeline Engineering: role from "industry mentor" to "lead mentor"');
    await expect(rows.nth(1).locator("td").nth(2).textContent()).resolves.toBe("recorded 21 for Robotics club enrollment");
    const chat = await server.testBot.say("history robotics-tx");
    const chatLines = chat.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent).join(" ")));
    expect(cells).toEqual(chatLines);
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it("pages to older changes and back", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    await page.goto(`${server.web.url}/p/robotics-tx/history`);
    await Promise.all([page.waitForURL(/history\?page=2$/), page.getByRole("link", { name: "Older changes" }).click()]);
    const rows = page.locator("table.history tbody tr td:nth-child(3)");
    await expect(rows.allTextContents()).resolves.toEqual(["recorded 2 for Robotics club enrollment", "recorded 1 for Robotics club enrollment", "changed the metric Robotics club enrollment: target from 35 to 40"]);
    await expect(page.locator("nav.pagination").textContent()).resolves.toContain("Page 2 of 2");
    await expectNoSeriousViolations(page);
    await Promise.all([page.waitForURL(/\/history$/), page.getByRole("link", { name: "Newer changes" }).click()]);
    await expect(page.locator("table.history tbody tr").count()).resolves.toBe(20);
    await context.close();
  });

  it("answers 404 for another workspace's partnership, a page past the last, and a page that is no number", async () => {
    const context = await browser.newContext();
    const page = await server.signIn(context);
    for (const path of ["/p/other-robotics/history", "/p/no-such-partnership/history", "/p/robotics-tx/history?page=9", "/p/robotics-tx/history?page=abc"]) {
      const response = await page.goto(`${server.web.url}${path}`);
      expect(response?.status(), path).toBe(404);
    }
    await expect(page.getByText("Another District Robotics").count()).resolves.toBe(0);
    await context.close();
  });

  it("sends a visitor who is not signed in to the start page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.web.url}/p/robotics-tx/history`);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect(page.locator("table.history").count()).resolves.toBe(0);
    await context.close();
  });
});
