import type { BrowserContext, Page } from "playwright-core";
import { pino } from "pino";
import { coordinator, createTestBot, type TestBot } from "../../support/test-bot.js";
import { startWeb, type RunningWeb } from "../../../adapters/web/start-web.js";
import type { SurveyLinkLimits } from "../../../adapters/web/routes/survey-link-routes.js";
import type { Actor } from "../../../src/ports/actor.js";
import { plainTextOf } from "../../../src/ui/plain-text-of.js";
import { findFreePort } from "../../support/find-free-port.js";

export interface TestWeb {
  testBot: TestBot;
  web: RunningWeb;
  /** Asks the bot for /partner dashboard as `actor` and returns the link, pointed at this server. */
  signInLink(actor?: Actor): Promise<string>;
  /** Opens a sign-in link (a fresh one for the demo coordinator by default) and presses Sign in. */
  signIn(context: BrowserContext, link?: string): Promise<Page>;
  close(): Promise<void>;
}

/** The web adapter on 127.0.0.1 over a real SQLite database holding the demo workspace. */
export async function startTestWeb(options: { surveyLimits?: Partial<SurveyLinkLimits> } = {}): Promise<TestWeb> {
  const testBot = await createTestBot();
  const port = await findFreePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const web = await startWeb({ core: testBot.bot, surveyLimits: options.surveyLimits, publicUrl, logger: pino({ level: "silent" }), port, host: "127.0.0.1" });
  const testWeb: TestWeb = {
    testBot,
    web,
    async signInLink(actor = coordinator) {
      const reply = await testBot.say("dashboard", actor);
      const link = /https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]+/.exec(plainTextOf(reply))?.[0];
      if (link === undefined) throw new Error(`no sign-in link in: ${plainTextOf(reply)}`);
      return `${web.url}${new URL(link).pathname}`;
    },
    async signIn(context, link) {
      const page = await context.newPage();
      await page.goto(link ?? (await testWeb.signInLink()));
      await Promise.all([page.waitForURL(`${web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
      return page;
    },
    async close() {
      await web.stop();
      await testBot.close();
    },
  };
  return testWeb;
}
