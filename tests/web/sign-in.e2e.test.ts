import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../adapters/web/testing/launch-chromium.js";
import { maria } from "../support/test-bot.js";
import { expectNoSeriousViolations } from "./support/expect-no-serious-violations.js";
import { startTestWeb, type TestWeb } from "./support/start-test-web.js";

let browser: Browser;
let server: TestWeb;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startTestWeb()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(context: BrowserContext, link?: string): Promise<Page> {
  const page = await context.newPage();
  const opened = await page.goto(link ?? (await server.signInLink()));
  expect(opened?.status()).toBe(200);
  await Promise.all([page.waitForURL(`${server.web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
  return page;
}

describe("signing in to the dashboard with a link from chat", () => {
  it("signs in through the link /partner dashboard gives, with a session cookie the page's scripts cannot read", async () => {
    const context = await browser.newContext();
    const page = await signIn(context);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Partnership dashboard");
    await expect(page.getByText("Signed in as Demo Coordinator.").count()).resolves.toBe(1);
    const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === "session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
    const hours = (cookie!.expires * 1000 - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    await context.close();
  });

  it("refuses a link that was already used, with a page that says so", async () => {
    const link = await server.signInLink(maria);
    const context = await browser.newContext();
    const page = await signIn(context, link);
    await expect(page.getByText("Signed in as Maria Alvarez.").count()).resolves.toBe(1);
    const again = await (await browser.newContext()).newPage();
    const response = await again.goto(link);
    expect(response?.status()).toBe(410);
    await expect(again.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This sign-in link has already been used");
    await expect(again.getByRole("button", { name: "Sign in" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("refuses a link older than 10 minutes, even when its page was opened in time", async () => {
    const link = await server.signInLink();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(link);
    server.testBot.clock.advance(10 * 60_000 + 1_000);
    const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.request().method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
    expect(response.status()).toBe(410);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This sign-in link has expired");
    const reopened = await page.goto(link);
    expect(reopened?.status()).toBe(410);
    expect((await context.cookies()).some((cookie) => cookie.name === "session")).toBe(false);
    await context.close();
  });

  it("refuses a link the bot never gave out", async () => {
    const page = await (await browser.newContext()).newPage();
    const response = await page.goto(`${server.web.url}/sign-in/${"x".repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This sign-in link does not work");
  });

  it("ends the session on sign-out: the old cookie no longer signs anyone in", async () => {
    const context = await browser.newContext();
    const page = await signIn(context);
    const [session] = (await context.cookies()).filter((cookie) => cookie.name === "session");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You have signed out.").waitFor();
    expect((await context.cookies()).some((cookie) => cookie.name === "session")).toBe(false);
    const replay = await browser.newContext();
    await replay.addCookies([session!]);
    const replayed = await replay.newPage();
    await replayed.goto(`${server.web.url}/`);
    await expect(replayed.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sign in from chat");
    await context.close();
    await replay.close();
  });
});

describe("forms and the page's safety", () => {
  it("answers 403 to a POST without the CSRF token, or with a wrong one, and keeps the session", async () => {
    const context = await browser.newContext();
    const page = await signIn(context);
    const origin = { Origin: server.web.url };
    const withoutToken = await context.request.post(`${server.web.url}/sign-out`, { form: {}, headers: origin });
    expect(withoutToken.status()).toBe(403);
    const wrongToken = await context.request.post(`${server.web.url}/sign-out`, { form: { _csrf: "not-the-token" }, headers: origin });
    expect(wrongToken.status()).toBe(403);
    const signInWithoutToken = await context.request.post(`${server.web.url}/sign-in/${"y".repeat(43)}`, { form: {}, headers: origin });
    expect(signInWithoutToken.status()).toBe(403);
    await page.reload();
    await expect(page.getByText("Signed in as Demo Coordinator.").count()).resolves.toBe(1);
    // The same request with the page's own token goes through: it was the token that was missing.
    const token = await page.locator('input[name="_csrf"]').inputValue();
    const withToken = await context.request.post(`${server.web.url}/sign-out`, { form: { _csrf: token }, headers: origin });
    expect(withToken.status()).toBe(200);
    await context.close();
  });

  it("sends a strict Content-Security-Policy, and no page asks for anything but 127.0.0.1", async () => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on("request", (request) => requested.push(request.url()));
    const page = await context.newPage();
    const signInPage = await page.goto(await server.signInLink());
    const policy = signInPage!.headers()["content-security-policy"] ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(signInPage!.headers()["referrer-policy"]).toBe("no-referrer");
    await Promise.all([page.waitForURL(`${server.web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.goto(`${server.web.url}/no-such-page`);
    expect(requested.length).toBeGreaterThanOrEqual(4);
    expect(requested.filter((url) => new URL(url).hostname !== "127.0.0.1")).toEqual([]);
    expect(requested).toContain(`${server.web.url}/assets/style.css`);
    await context.close();
  });

  it("has no serious or critical accessibility problem on any page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const link = await server.signInLink();
    await page.goto(link);
    await expectNoSeriousViolations(page);
    await Promise.all([page.waitForURL(`${server.web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
    await expectNoSeriousViolations(page);
    await page.goto(`${server.web.url}/no-such-page`);
    await expectNoSeriousViolations(page);
    await page.goto(link);
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it("works with JavaScript switched off: sign in, see who is signed in, sign out", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await signIn(context);
    await expect(page.getByText("Signed in as Demo Coordinator.").count()).resolves.toBe(1);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You have signed out.").waitFor();
    await context.close();
  });

  it("fits a 320 px wide screen without sideways scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await signIn(context);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(320);
    await context.close();
  });
});
