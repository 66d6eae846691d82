import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../adapters/web/testing/launch-chromium.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
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

const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

/** A survey with one question of each kind, and a link to it, as a liaison makes them in chat. */
async function makeSurveyLink(options: { minResponses?: number; expected?: number } = {}): Promise<{ surveyId: number; url: string }> {
  const created = plainTextOf(await server.testBot.say(`survey create robotics-tx Lab confidence --anonymous --min-responses ${options.minResponses ?? 3}`));
  const surveyId = Number(/Survey #(\d+)/.exec(created)![1]);
  await server.testBot.say(`survey question ${surveyId} scale How confident are you using a microscope?`);
  await server.testBot.say(`survey question ${surveyId} choice Which session did you like most --options "Circuits,Robots,Coding"`);
  await server.testBot.say(`survey question ${surveyId} number How many sessions did you attend?`);
  await server.testBot.say(`survey question ${surveyId} text What should we change?`);
  const reply = plainTextOf(await server.testBot.say(`survey link ${surveyId} --label "Period 3" --expected ${options.expected ?? 28}`));
  const link = /https?:\/\/\S+\/s\/[A-Za-z0-9_-]{43}/.exec(reply)?.[0];
  if (link === undefined) throw new Error(`no survey link in: ${reply}`);
  return { surveyId, url: `${server.web.url}${new URL(link).pathname}` };
}

async function openOnPhone(url: string, locale = "en-US"): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...PHONE, locale });
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return { context, page };
}

async function answerAll(page: Page, change = "More time with the robots"): Promise<void> {
  await page.getByRole("radio", { name: "4" }).check();
  await page.getByRole("radio", { name: "Robots" }).check();
  await page.getByLabel("How many sessions did you attend?").fill("6");
  await page.getByLabel("What should we change? (optional)").fill(change);
}

async function submit(page: Page, button = "Send answers"): Promise<number> {
  // People read before they answer; the form refuses answers sent under 3 s after it was served.
  server.testBot.clock.advance(5_000);
  const [response] = await Promise.all([page.waitForResponse((candidate) => candidate.request().method() === "POST"), page.getByRole("button", { name: button }).click()]);
  await page.waitForLoadState();
  return response.status();
}

describe("answering a survey from a link, on a phone, without an account", () => {
  it("shows the survey and its partnership, says it is anonymous, takes the answers and thanks the student", async () => {
    const { url } = await makeSurveyLink();
    const { context, page } = await openOnPhone(url);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Lab confidence");
    await expect(page.getByText("A survey from Middle School Robotics Mentorship · Period 3").count()).resolves.toBe(1);
    await expect(page.getByText("Please do not write your name, or anyone else's, in your answers.").count()).resolves.toBe(1);
    // Readable at 320 px: nothing wider than the screen.
    expect(await page.locator("html").evaluate((html) => html.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoSeriousViolations(page);
    await answerAll(page);
    expect(await submit(page)).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Thank you");
    await expectNoSeriousViolations(page);

    const again = await page.goto(url);
    expect(again?.status()).toBe(409);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("You have already answered this survey");
    await expect(page.getByText("The bot knows this from a cookie in this browser, not from who you are.").count()).resolves.toBe(1);
    await context.close();
  });

  it("refuses a second answer from a browser that kept the page open after answering in another tab", async () => {
    const { url } = await makeSurveyLink();
    const { context, page } = await openOnPhone(url);
    const other = await context.newPage();
    await other.goto(url);
    await answerAll(page);
    expect(await submit(page)).toBe(200);
    await answerAll(other, "Second try");
    expect(await submit(other)).toBe(409);
    await context.close();
  });

  it("brings a missing required answer back with the message beside it and the other answers kept", async () => {
    const { url } = await makeSurveyLink();
    const { context, page } = await openOnPhone(url);
    await page.getByRole("radio", { name: "Coding" }).check();
    await page.getByLabel("How many sessions did you attend?").fill("3");
    await page.getByLabel("What should we change? (optional)").fill("Longer sessions");
    expect(await submit(page)).toBe(400);
    const summary = page.getByRole("alert");
    await expect(summary.getByRole("heading").textContent()).resolves.toBe("There is a problem");
    await expect(summary.getByRole("link", { name: "How confident are you using a microscope?: Answer this question." }).getAttribute("href")).resolves.toBe("#q-" + (await page.getByRole("radio", { name: "1" }).getAttribute("name"))!.slice(2));
    const group = page.getByRole("group", { name: "How confident are you using a microscope?" });
    await expect(group.getByText("Answer this question.").count()).resolves.toBe(1);
    await expect(page.getByRole("radio", { name: "Coding" }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel("How many sessions did you attend?").inputValue()).resolves.toBe("3");
    await expect(page.getByLabel("What should we change? (optional)").inputValue()).resolves.toBe("Longer sessions");
    await expectNoSeriousViolations(page);
    await page.getByRole("radio", { name: "2" }).check();
    expect(await submit(page)).toBe(200);
    await context.close();
  });

  it("refuses a closed survey's link and a link the bot never gave out, plainly", async () => {
    const { surveyId, url } = await makeSurveyLink();
    const { context, page } = await openOnPhone(url);
    await server.testBot.say(`survey close ${surveyId}`);
    await answerAll(page);
    expect(await submit(page)).toBe(410);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This survey has closed");
    const reopened = await page.goto(url);
    expect(reopened?.status()).toBe(410);
    const unknown = await page.goto(`${server.web.url}/s/${"x".repeat(43)}`);
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("This survey link does not work");
    await context.close();
  });

  it("keeps results hidden below the anonymity minimum, then counts link and chat answers together", async () => {
    const { surveyId, url } = await makeSurveyLink({ minResponses: 3 });
    for (let student = 1; student <= 3; student++) {
      const { context, page } = await openOnPhone(url);
      await answerAll(page);
      expect(await submit(page)).toBe(200);
      await context.close();
      const results = plainTextOf(await server.testBot.say(`survey results ${surveyId}`));
      if (student < 3) {
        expect(results).toContain("Results stay hidden until at least 3 people have answered");
        expect(results).not.toContain("average");
      } else {
        expect(results).toContain("3 (3 from links, 0 in chat)");
        expect(results).toContain("average 4.0 of 5");
      }
    }
  });

  it("speaks Spanish to a browser that prefers it, with a switch back to English", async () => {
    const { url } = await makeSurveyLink();
    const { context, page } = await openOnPhone(url, "es-MX");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("es");
    await expect(page.getByText("Tus respuestas son anónimas").count()).resolves.toBe(1);
    expect(await submit(page, "Enviar respuestas")).toBe(400);
    await expect(page.getByRole("alert").getByRole("heading").textContent()).resolves.toBe("Hay un problema");
    await expect(page.getByText("Responde esta pregunta.").count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await expect(page.getByRole("button", { name: "Send answers" }).count()).resolves.toBe(1);
    await context.close();
  });
});
