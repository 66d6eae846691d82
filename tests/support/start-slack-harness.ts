// The real Bolt app with the bot's listeners, on 127.0.0.1, against the fake Web API, on a fresh
// seeded test database. Test support only (vitest: it uses the test databases' templates).
import { Writable } from "node:stream";
import { ManualClock } from "../../src/clock.js";
import type { Core } from "../../src/ports/core.js";
import { createBot } from "../../src/create-bot.js";
import { createLogger } from "../../src/logging/create-logger.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import { createSlackInstallations } from "../../src/installations/create-slack-installations.js";
import type { SlackInstallations } from "../../src/ports/slack-installations.js";
import { DEMO_NOW } from "./demo-now.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database.js";
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/create-slack-adapter.js";
import { FakeSlackApi, type FakeSlackUser, type FakeWorkspace } from "../../adapters/slack/testing/fake-slack-api.js";
import { appHomeOpenedEvent, blockActionsPayload, slashCommandFields, viewSubmissionPayload, type ButtonClick, type SlackUserRef } from "../../adapters/slack/testing/slack-payloads.js";
import { formBody, interactiveBody, postSigned, type SignOptions, type SlackHttpResponse } from "../../adapters/slack/testing/signed-requests.js";
import { slackConventions } from "../../adapters/slack/slack-conventions.js";

export const SIGNING_SECRET = "test-signing-secret-0123456789";
export const BOT_TOKEN = "xoxb-test-0000-secret-bot-token";
export const TEAM = "T1";
/** OAuth harness: the key the installations are encrypted with, and the workspaces the app can be installed in. */
export const ENCRYPTION_KEY = Buffer.alloc(32, 7);
export const REDIRECT_URI = "https://partners.example.org/slack/oauth_redirect";
export const STATE_SECRET = "test-state-secret-0123456789-abcdef";
export const WORKSPACES: Record<"T1" | "T2", FakeWorkspace> = {
  T1: { teamId: "T1", name: "Riverside District", botToken: "xoxb-T1-1111-riverside-bot-token", botUserId: "UBOT1", botId: "BBOT1", installerId: "UADMIN" },
  T2: { teamId: "T2", name: "Hillview Schools", botToken: "xoxb-T2-2222-hillview-bot-token", botUserId: "UBOT2", botId: "BBOT2", installerId: "UHILLADMIN" },
};

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
  /** http://127.0.0.1:<port>: the install pages and the dashboard. */
  base: string;
  /** With `oauth: true`: the installations the adapter reads (encrypted with ENCRYPTION_KEY). */
  installations?: SlackInstallations;
  command(user: FakeSlackUser, text: string, options?: SignOptions): Promise<SlackHttpResponse>;
  /** `/partner <text>` typed in workspace `teamId`, in `channelId` (C-GENERAL unless given). */
  commandIn(teamId: string, user: FakeSlackUser, text: string, channelId?: string): Promise<SlackHttpResponse>;
  click(user: FakeSlackUser, click: ButtonClick): Promise<SlackHttpResponse>;
  submit(user: FakeSlackUser, view: { callback_id: string; private_metadata: string; blocks: unknown[] }, values: Record<string, Record<string, unknown>>, viewId?: string): Promise<SlackHttpResponse>;
  homeOpened(user: FakeSlackUser, eventId: string, headers?: Record<string, string>): Promise<SlackHttpResponse>;
  post(body: string, contentType: string, options?: SignOptions): Promise<SlackHttpResponse>;
  /** Waits until Bolt has run the listeners of every request so far and the work they queued has finished. */
  settle(): Promise<void>;
  /** Waits for a log line containing `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

/**
 * Seeded demo data, with robotics-tx and solar-oh linked to Slack workspace T1 and Maria (a robotics-tx
 * liaison) known there as UMARIA, so Slack users see real partnerships.
 */
export async function startSlackHarness(
  options: {
    kind?: DatabaseKind;
    /** Wraps the core the adapter gets (a fuzz test records its answers). */
    wrapCore?: (core: Core) => Core;
    /** Installs by OAuth (WORKSPACES can be installed) instead of one bot token. */
    oauth?: boolean;
  } & Pick<SlackAdapterOptions, "work" | "http" | "otherRoutes" | "metrics"> = {},
): Promise<SlackHarness> {
  const api = await new FakeSlackApi().start();
  for (const workspace of Object.values(WORKSPACES)) api.addWorkspace(workspace);
  for (const user of [slackAdmin, slackMaria, slackVisitor]) api.addUser(user);
  const database = await createTestDatabase(options.kind ?? "sqlite", "seeded");
  const store = createStore(database.db, database.kind);
  const clock = new ManualClock(DEMO_NOW);
  const logs: string[] = [];
  const logWaiters: { text: string; resolve: (line: string) => void }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      const lines = String(chunk).split("\n").filter(Boolean);
      logs.push(...lines);
      for (const waiter of [...logWaiters]) {
        const line = lines.find((entry) => entry.includes(waiter.text));
        if (line !== undefined) logWaiters.splice(logWaiters.indexOf(waiter), 1), waiter.resolve(line);
      }
      done();
    },
  });
  const logger = createLogger("debug", sink);
  const bot = (options.wrapCore ?? ((core: Core) => core))(createBot({ store, clock, logger, conventions: [slackConventions] }));
  await linkDemoToSlack(store);
  const installations = options.oauth === true ? createSlackInstallations(store.slackInstallations, ENCRYPTION_KEY, clock) : undefined;
  const { clientId, clientSecret } = api.oauthClient;
  const adapter = createSlackAdapter({
    bot,
    logger,
    ...(installations === undefined ? { botToken: BOT_TOKEN } : { oauth: { clientId, clientSecret, stateSecret: STATE_SECRET, installations, redirectUri: REDIRECT_URI } }),
    signingSecret: SIGNING_SECRET,
    apiUrl: api.apiUrl,
    port: 0,
    host: "127.0.0.1",
    retryConfig: { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 10 },
    work: options.work,
    http: options.http,
    otherRoutes: options.otherRoutes,
    metrics: options.metrics,
  });
  const { port } = await adapter.start();
  const handling = watchHandling(adapter.app);
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
    base: `http://127.0.0.1:${port}`,
    installations,
    post,
    command: (user, text, signOptions) => post(formBody(slashCommandFields(who(user), text, api.responseUrl(`command-${++sequence}`))), FORM, signOptions),
    commandIn: (teamId, user, text, channelId = "C-GENERAL") =>
      post(formBody(slashCommandFields({ teamId, userId: user.id }, text, api.responseUrl(`command-${++sequence}`), { channel_id: channelId })), FORM),
    click: (user, click) => post(interactiveBody(blockActionsPayload(who(user), click)), FORM),
    submit: (user, view, values, viewId) => post(interactiveBody(viewSubmissionPayload(who(user), view, values, viewId)), FORM),
    homeOpened: (user, eventId, headers) => post(JSON.stringify(appHomeOpenedEvent(who(user), eventId)), "application/json", { headers }),
    settle: async () => {
      // A listener queues its work after the ack, so the ack alone does not say it is done: wait
      // until Bolt has run the listeners of every request it took, then for the work they queued.
      while (handling.size > 0) await Promise.allSettled([...handling]);
      await adapter.work.idle();
    },
    waitForLog(text, timeoutMs = 5000) {
      const line = logs.find((entry) => entry.includes(text));
      if (line !== undefined) return Promise.resolve(line);
      return new Promise((resolve, reject) => {
        const waiter = { text, resolve: (found: string) => (clearTimeout(timer), resolve(found)) };
        const timer = setTimeout(() => (logWaiters.splice(logWaiters.indexOf(waiter), 1), reject(new Error(`no log line with "${text}"`))), timeoutMs);
        logWaiters.push(waiter);
      });
    },
    async close() {
      await adapter.stop();
      await api.stop();
      await database.close();
    },
  };
}

/** The requests Bolt is still running listeners for: each receiver hands a request to app.processEvent. */
function watchHandling(app: SlackAdapter["app"]): Set<Promise<void>> {
  const handling = new Set<Promise<void>>();
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    const processing = processEvent(event);
    const tracked = processing.then(
      () => undefined,
      () => undefined,
    );
    handling.add(tracked);
    void tracked.then(() => handling.delete(tracked));
    return processing;
  };
  return handling;
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
