// The real Bolt app with the bot's listeners, on 127.0.0.1, against the fake Web API, on a fresh
// seeded test database. Test support only (vitest: it uses the test databases' templates).
import { Writable } from "node:stream";
import { ManualClock } from "../../src/clock.js";
import type { Core } from "../../src/ports/core.js";
import { createBot } from "../../src/create-bot.js";
import { createLogger } from "../../src/logging/create-logger.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import { DEMO_NOW } from "./demo-now.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database.js";
import { createSlackAdapter, type SlackAdapter } from "../../adapters/slack/create-slack-adapter.js";
import { FakeSlackApi, type FakeSlackUser } from "../../adapters/slack/testing/fake-slack-api.js";
import { appHomeOpenedEvent, blockActionsPayload, slashCommandFields, viewSubmissionPayload, type ButtonClick, type SlackUserRef } from "../../adapters/slack/testing/slack-payloads.js";
import { formBody, interactiveBody, postSigned, type SignOptions, type SlackHttpResponse } from "../../adapters/slack/testing/signed-requests.js";
import { slackConventions } from "../../adapters/slack/slack-conventions.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export const BOT_TOKEN = "xoxb-test-0000-secret-bot-token";
export const TEAM = "T1";

export const slackAdmin: FakeSlackUser = { id: "UADMIN", name: "dana", realName: "Dana Okafor", isAdmin: true };
export const slackMaria: FakeSlackUser = { id: "UMARIA", name: "maria", realName: "Maria Alvarez" };
export const slackVisitor: FakeSlackUser = { id: "UVISITOR", name: "sam", realName: "Sam Visitor" };
export const who = (user: FakeSlackUser): SlackUserRef => ({ teamId: TEAM, userId: user.id });

const FORM = "application/x-www-form-urlencoded";

export interface SlackHarness {
  api: FakeSlackApi;
  adapter: SlackAdapter;
  bot: Core;
  store: Store;
  clock: ManualClock;
  database: TestDatabase;
  /** Every log line the bot wrote (JSON), at debug level. */
  logs: string[];
  url: string;
  command(user: FakeSlackUser, text: string, options?: SignOptions): Promise<SlackHttpResponse>;
  click(user: FakeSlackUser, click: ButtonClick): Promise<SlackHttpResponse>;
  submit(user: FakeSlackUser, view: { callback_id: string; private_metadata: string; blocks: unknown[] }, values: Record<string, Record<string, unknown>>, viewId?: string): Promise<SlackHttpResponse>;
  homeOpened(user: FakeSlackUser, eventId: string, headers?: Record<string, string>): Promise<SlackHttpResponse>;
  post(body: string, contentType: string, options?: SignOptions): Promise<SlackHttpResponse>;
  /** Waits until the work acknowledged so far has finished. */
  settle(): Promise<void>;
  /** Waits for a log line containing `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Seeded demo data, with robotics-tx and solar-oh linked to Slack workspace T1 and Maria (a robotics-tx
 * liaison) known there as UMARIA, so Slack users see real partnerships.
 */
export async function startSlackHarness(options: { kind?: DatabaseKind } = {}): Promise<SlackHarness> {
  const api = await new FakeSlackApi().start();
  for (const user of [slackAdmin, slackMaria, slackVisitor]) api.addUser(user);
  const database = await createTestDatabase(options.kind ?? "sqlite", "seeded");
  const store = createStore(database.db, database.kind);
  const clock = new ManualClock(DEMO_NOW);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  const logger = createLogger("debug", sink);
  const bot = createBot({ store, clock, logger, conventions: [slackConventions] });
  await linkDemoToSlack(store);
  const adapter = createSlackAdapter({
    bot,
    logger,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    apiUrl: api.apiUrl,
    port: 0,
    host: "127.0.0.1",
    retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
  });
  const { port } = await adapter.start();
  const url = `http://127.0.0.1:${port}/slack/events`;
  const post = (body: string, contentType: string, signOptions?: SignOptions) => postSigned(url, SIGNING_SECRET, body, contentType, signOptions);
  let sequence = 0;
  return {
    api,
    adapter,
    bot,
    store,
    clock,
    database,
    logs,
    url,
    post,
    command: (user, text, signOptions) => post(formBody(slashCommandFields(who(user), text, api.responseUrl(`command-${++sequence}`))), FORM, signOptions),
    click: (user, click) => post(interactiveBody(blockActionsPayload(who(user), click)), FORM),
    submit: (user, view, values, viewId) => post(interactiveBody(viewSubmissionPayload(who(user), view, values, viewId)), FORM),
    homeOpened: (user, eventId, headers) => post(JSON.stringify(appHomeOpenedEvent(who(user), eventId)), "application/json", { headers }),
    settle: async () => {
      // A listener queues its work a few microtasks after the ack: let it get there first.
      await new Promise((resolve) => setTimeout(resolve, 5));
      await adapter.work.idle();
    },
    async waitForLog(text, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const line = logs.find((entry) => entry.includes(text));
        if (line !== undefined) return line;
        if (Date.now() - started > timeoutMs) throw new Error(`no log line with "${text}"`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      await adapter.stop();
      await api.stop();
      await database.close();
    },
  };
}

async function linkDemoToSlack(store: Store): Promise<void> {
  const { db } = store;
  for (const [handle, channelId] of [["robotics-tx", "C-ROBOTICS"], ["solar-oh", "C-SOLAR"]] as const) {
    const partnership = await db.partnership.findFirstOrThrow({ where: { handle } });
    await db.channelLink.create({ data: { partnershipId: partnership.id, platform: "slack", workspaceId: TEAM, channelId, purpose: "updates" } });
  }
  const maria = await db.chatIdentity.findFirstOrThrow({ where: { platform: "console", userId: "maria.alvarez" } });
  await db.chatIdentity.create({ data: { personId: maria.personId, platform: "slack", workspaceId: TEAM, userId: slackMaria.id, displayName: "Maria Alvarez" } });
}
