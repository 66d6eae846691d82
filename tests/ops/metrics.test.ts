import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { FAKE_IDS, slashCommand } from "../../adapters/discord/testing/discord-payloads.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { startWeb, type RunningWeb } from "../../adapters/web/start-web.js";
import { systemClock } from "../../src/clock.js";
import { createBot } from "../../src/create-bot.js";
import { PrometheusMetrics } from "../../src/ops/prometheus-metrics.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { textMessage } from "../../src/ui/message-builder.js";
import { startScheduler } from "../../src/scheduler/start-scheduler.js";
import { createDatabase, type Database } from "../../src/store/create-database.js";
import { createStore } from "../../src/store/create-store.js";
import { addPartnership } from "../scheduler/support/add-partnership.js";
import { ALL_CONVENTIONS } from "../support/all-conventions.js";
import { slackAdmin, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

const TOKEN = "metrics-token-for-the-test-0123456789";
const GONE_CHANNEL = "100000000000000999";
const logger = pino({ level: "silent" });

let database: TestDatabase | undefined;
let timed: Database | undefined;
let discord: TestDiscord | undefined;
let webs: RunningWeb[] = [];
let slack: SlackHarness | undefined;

async function stopAll(): Promise<void> {
  await slack?.close();
  slack = undefined;
  await Promise.all(webs.map((web) => web.stop()));
  webs = [];
  await discord?.stop();
  discord = undefined;
  await timed?.$disconnect();
  timed = undefined;
  await database?.close();
  database = undefined;
}

afterEach(stopAll);

/** A bot whose every statement, Discord call and delivery is measured, with the web adapter serving /metrics. */
async function startMeasuredBot(web: { token?: string; host: string }) {
  database = await createTestDatabase("sqlite");
  const metrics = new PrometheusMetrics({ countOutbox: () => store.outboxCounts.countOpenRows(), processMetrics: false });
  timed = await createDatabase(database.url, { observeQuery: (seconds) => metrics.observeDatabaseQuery(seconds) });
  const store = createStore(timed, "sqlite");
  const bot = createBot({ store, clock: systemClock, logger, conventions: ALL_CONVENTIONS });
  discord = await startTestDiscord(bot, { metrics });
  const running = await startWeb({ core: bot, publicUrl: "http://127.0.0.1", logger, port: 0, host: web.host, metrics: metrics.endpoint(web.token) });
  webs.push(running);
  const metricsUrl = `${running.url.replace("0.0.0.0", "127.0.0.1")}/metrics`;
  return { metrics, store, bot, metricsUrl };
}

/** The sample's value on the scrape, such as `deliveries_total{platform="discord",result="sent"}`. */
function sample(body: string, name: string): number | undefined {
  const line = body.split("\n").find((entry) => entry.startsWith(`partnership_bot_${name} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1));
}

describe("GET /metrics", () => {
  it("shows the command's acknowledgement, the deliveries and their 429, the rounds, the outbox and database time", async () => {
    const { metrics, store, metricsUrl } = await startMeasuredBot({ token: TOKEN, host: "127.0.0.1" });
    const fake = discord!.fake;
    const db = database!.db;
    await addPartnership(db, { handle: "robotics", platform: "discord", workspaceId: FAKE_IDS.guild, liaisons: ["Ana", "Ben"], links: [{ channelId: FAKE_IDS.channel, purpose: "updates" }] });
    await addPartnership(db, { handle: "gone", platform: "discord", workspaceId: FAKE_IDS.guild, liaisons: ["Cai"], links: [{ channelId: GONE_CHANNEL, purpose: "updates" }] });
    await db.schedule.updateMany({ data: { nextRoundAt: new Date(Date.now() - 60_000) } });
    // The first post is refused with a 429; discord.js waits it out and posts again.
    let refused = false;
    fake.handlers.push(["POST", /^\/channels\/\d+\/messages$/, () => (refused ? undefined : ((refused = true), { status: 429, headers: { "retry-after": "0" }, body: { message: "You are being rate limited.", retry_after: 0.001, global: false } }))]);

    const interaction = slashCommand(["list"]);
    await discord!.interact(interaction);
    await discord!.answerAfterDeferral(interaction);

    const scheduler = new Scheduler({ store, platforms: [discord!.discord.platform], clock: systemClock, logger, workerId: "metrics-test", metrics });
    const running = startScheduler(scheduler, { cronExpression: "0 0 1 1 *", pollMs: 60_000, logger, metrics });
    const postsTo = (channel: string) => fake.restCalls.filter((call) => call.method === "POST" && call.path === `/channels/${channel}/messages`).length;
    await fake.waitForCall(() => postsTo(FAKE_IDS.channel) === 3, "two prompts posted, one of them twice");
    await fake.waitForRest("GET", new RegExp(`^/channels/${GONE_CHANNEL}$`));
    // Stopping waits for the tick under way, so its results and its lag are recorded.
    await running.stop();

    const scrape = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await scrape.text();
    expect(sample(body, 'acknowledgement_seconds_count{platform="discord"}')).toBe(1);
    expect(sample(body, 'acknowledgement_seconds_bucket{le="3",platform="discord"}')).toBe(1);
    expect(sample(body, 'deliveries_total{platform="discord",result="sent"}')).toBe(2);
    expect(sample(body, 'deliveries_total{platform="discord",result="failed"}')).toBe(1);
    expect(sample(body, 'rate_limited_total{platform="discord"}')).toBe(1);
    expect(sample(body, "rounds_opened_total")).toBe(2);
    expect(sample(body, 'outbox_rows{status="failed",platform="discord"}')).toBe(1);
    expect(sample(body, 'outbox_rows{status="pending",platform="discord"}')).toBeUndefined();
    expect(sample(body, "scheduler_tick_lag_seconds")).toBeGreaterThanOrEqual(0);
    expect(sample(body, "database_query_seconds_count")).toBeGreaterThan(10);
    expect(sample(body, "database_query_seconds_sum")).toBeGreaterThan(0);
  });

  it("times a Slack command's acknowledgement and counts Slack's 429s", async () => {
    const metrics = new PrometheusMetrics({ processMetrics: false });
    slack = await startSlackHarness({ metrics });
    expect((await slack.command(slackAdmin, "list")).status).toBe(200);
    await slack.settle();
    slack.api.failNext("chat.postMessage", { status: 429, headers: { "retry-after": "30" }, body: { ok: false, error: "ratelimited" } });
    await expect(slack.adapter.platform.deliver({ promptId: 1, kind: "digest", partnershipId: null, roundId: null, workspaceId: "T1", target: { kind: "channel", id: "C1" }, message: { message: textMessage("Weekly digest", "public"), mentions: [] } })).rejects.toThrow(/rate limit/);
    const { body } = await metrics.endpoint(undefined).scrape();
    expect(sample(body, 'acknowledgement_seconds_count{platform="slack"}')).toBe(1);
    expect(sample(body, 'rate_limited_total{platform="slack"}')).toBe(1);
  });

  it("refuses a scrape without the token or with a wrong one, and says how to send it", async () => {
    const { metricsUrl } = await startMeasuredBot({ token: TOKEN, host: "127.0.0.1" });
    const missing = await fetch(metricsUrl);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await missing.text()).toContain("Authorization: Bearer");
    expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN.slice(0, 16)}` } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: TOKEN } })).status).toBe(401);
    expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it("without METRICS_TOKEN, serves a server bound to loopback and is not there on every interface", async () => {
    const loopback = await startMeasuredBot({ host: "127.0.0.1" });
    const open = await fetch(loopback.metricsUrl);
    expect(open.status).toBe(200);
    expect(await open.text()).toContain("partnership_bot_database_query_seconds_count");
    await stopAll();
    const everywhere = await startMeasuredBot({ host: "0.0.0.0" });
    const hidden = await fetch(everywhere.metricsUrl);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).not.toContain("partnership_bot_");
  });
});

