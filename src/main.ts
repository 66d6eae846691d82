import "dotenv/config";
import type { IncomingMessage, ServerResponse } from "node:http";
import { hostname } from "node:os";
import { fileURLToPath } from "node:url";
import { consoleConventions } from "../adapters/console/console-conventions.js";
import { ConsolePlatform } from "../adapters/console/console-platform.js";
import { runConsole } from "../adapters/console/run-console.js";
import { systemClock } from "./clock.js";
import { ConfigError, readConfig, slackModeOf, wantsConsole, type Config } from "./config/read-config.js";
import { signInUrl } from "./commands/web/dashboard.command.js";
import { createBot } from "./create-bot.js";
import { DEMO_COORDINATOR, DEMO_WORKSPACE } from "./demo/demo-workspace.js";
import { seedDemo } from "./demo/seed-demo.js";
import { findProjectRoot } from "./find-project-root.js";
import { slackOAuthSettings } from "./installations/slack-oauth-settings.js";
import { createLogger } from "./logging/create-logger.js";
import type { ChatPlatform } from "./ports/delivery.js";
import type { PlatformAdapter } from "./ports/platform-adapter.js";
import { PrometheusMetrics } from "./ops/prometheus-metrics.js";
import { Scheduler } from "./scheduler/scheduler.js";
import { startScheduler } from "./scheduler/start-scheduler.js";
import { shutDownGracefully } from "./shut-down-gracefully.js";
import { flavorOf } from "./store/create-database.js";
import { createStore } from "./store/create-store.js";
import { openMigratedDatabase } from "./store/open-migrated-database.js";
import { runDiscordShard } from "./run-discord-shard.js";

// Composition root: the only file in src/ that knows the adapters. Each section below wires one part.

function loadConfig(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfig();
// A process the ShardingManager started (`npm run start:sharded`) is one Discord shard; any other runs the bot.
const DISCORD_SHARD_FLAG = "--discord-shard";
if (process.argv.includes(DISCORD_SHARD_FLAG)) {
  const { discordAdapter } = await import("../adapters/discord/start-discord.js");
  const token = config.DISCORD_TOKEN ?? "";
  await runDiscordShard(config, { consoleConventions, discord: (metrics, logger) => discordAdapter({ token, apiUrl: config.DISCORD_API_URL, logger, metrics }) });
} else {
  await startBot();
}

async function startBot(): Promise<void> {
  // `npm run start:sharded`: Discord's gateway in one process per shard (see "Operate it").
  const sharded = process.argv.includes("--sharded");
  const consoleMode = wantsConsole(config);
  // In a terminal, only warnings and errors go to stderr so they do not bury the conversation.
  const logger = createLogger(config.LOG_LEVEL ?? (consoleMode ? "warn" : "info"));

  // GET /metrics (see "Operate it"): the outbox is counted when scraped.
  const metrics = new PrometheusMetrics({ countOutbox: () => store.outboxCounts.countOpenRows() });
  const db = await openMigratedDatabase(config.DATABASE_URL, findProjectRoot(import.meta.url), { observeQuery: (seconds) => metrics.observeDatabaseQuery(seconds) });
  const store = createStore(db, flavorOf(config.DATABASE_URL));
  const platforms: ChatPlatform[] = [];
  const stops: (() => Promise<void>)[] = [];

  // --- Adapters: each is loaded only when configured, and gets the core's one port ---
  let webOnSlackPort: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const adapters: { name: string; adapter: PlatformAdapter }[] = [];
  const slackRuns = !consoleMode && slackModeOf(config) !== null;
  if (slackRuns) {
    const { slackAdapter } = await import("../adapters/slack/start-slack.js");
    // The dashboard shares Slack's port (one public address); its handler is made once the core exists.
    const otherRoutes = (request: IncomingMessage, response: ServerResponse) => (webOnSlackPort === undefined ? response.writeHead(503).end() : webOnSlackPort(request, response));
    // SLACK_CLIENT_ID: installs by OAuth in many workspaces; otherwise the one workspace of SLACK_BOT_TOKEN.
    const oauth = slackOAuthSettings(config, store, systemClock);
    const settings = { botToken: oauth === undefined ? config.SLACK_BOT_TOKEN : undefined, oauth, signingSecret: config.SLACK_SIGNING_SECRET, appToken: config.SLACK_APP_TOKEN, apiUrl: config.SLACK_API_URL, port: config.PORT, host: config.HOST, logger, otherRoutes, metrics };
    adapters.push({ name: "Slack", adapter: slackAdapter(settings) });
  }
  if (sharded && (consoleMode || config.DISCORD_TOKEN === undefined)) {
    process.stderr.write("npm run start:sharded starts Discord's shards: set DISCORD_TOKEN (and leave CONSOLE unset).\n");
    process.exit(1);
  }
  if (!consoleMode && config.DISCORD_TOKEN !== undefined && sharded) {
    // One process per shard for the gateway (this file again, as a shard); this one keeps the scheduler, Slack and the web.
    const { shardedDiscordAdapter } = await import("../adapters/discord/start-discord-shards.js");
    const shardScript = fileURLToPath(import.meta.url);
    const settings = { token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, logger, totalShards: config.DISCORD_TOTAL_SHARDS, shardScript, shardArgs: [DISCORD_SHARD_FLAG], execArgv: process.execArgv };
    adapters.push({ name: "Discord", adapter: shardedDiscordAdapter({ ...settings, collectFromShards: (collect) => metrics.addForeign(collect) }) });
  } else if (!consoleMode && config.DISCORD_TOKEN !== undefined) {
    const { discordAdapter } = await import("../adapters/discord/start-discord.js");
    adapters.push({ name: "Discord", adapter: discordAdapter({ token: config.DISCORD_TOKEN, apiUrl: config.DISCORD_API_URL, logger, metrics }) });
  }
  const bot = createBot({
    store,
    clock: systemClock,
    logger,
    configuredCoordinators: new Set(config.COORDINATORS),
    conventions: [consoleConventions, ...adapters.map(({ adapter }) => adapter.conventions)],
    publicUrl: config.PUBLIC_URL,
  });
  for (const { name, adapter } of adapters) {
    const running = await adapter.start(bot).catch((error: unknown) => {
      process.stderr.write(`${name} did not start: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
    platforms.push(running.platform);
    stops.push(() => running.stop());
  }

  // --- Web (dashboard) ---
  // With Slack, the dashboard answers on Slack's server (same PORT); otherwise on a server of its own,
  // where a taken port turns the dashboard off with a warning instead of stopping the chat bot.
  let dashboardListening = false;
  const webSettings = { core: bot, publicUrl: config.PUBLIC_URL, logger, host: config.HOST, metrics: metrics.endpoint(config.METRICS_TOKEN) };
  if (slackRuns) {
    const { createWebRequestListener } = await import("../adapters/web/start-web.js");
    webOnSlackPort = createWebRequestListener(webSettings);
    dashboardListening = true;
  } else {
    const { startWeb } = await import("../adapters/web/start-web.js");
    const web = await startWeb({ ...webSettings, port: config.PORT }).catch((error: unknown) => {
      logger.warn({ err: error, port: config.PORT }, `the dashboard is off: could not listen on PORT ${config.PORT} (set PORT to a free port)`);
      return undefined;
    });
    if (web !== undefined) {
      logger.info({ url: config.PUBLIC_URL }, "dashboard listening");
      stops.push(() => web.stop());
      dashboardListening = true;
    }
  }

  // --- Scheduler ---
  // The console prints what the scheduler sends (prompts, reminders, digests) as it happens.
  if (consoleMode) platforms.push(new ConsolePlatform(process.stdout));
  if (config.SCHEDULER) {
    const retention = { deliveredDays: config.RETAIN_DELIVERED_DAYS, processedDeliveriesHours: config.RETAIN_PROCESSED_DELIVERIES_HOURS };
    const scheduler = new Scheduler({ store, platforms, clock: systemClock, logger, workerId: `${hostname()}:${process.pid}`, retention, publicUrl: config.PUBLIC_URL, metrics });
    const running = startScheduler(scheduler, { cronExpression: config.SCHEDULER_TICK, pollMs: 2_000, logger, metrics });
    stops.push(() => running.stop());
  }

  // --- Shutdown: the scheduler first (it hands back unsent claims and finishes its sends through the
  // adapters), then the adapters, within about 10 s; then the database. ---
  let shuttingDown: Promise<boolean> | undefined;
  function shutdown(): Promise<boolean> {
    shuttingDown ??= shutDownGracefully({ stops: [...stops].reverse(), closeDatabase: () => db.$disconnect(), logger, boundMs: 10_000 });
    return shuttingDown;
  }
  process.once("SIGTERM", () => {
    logger.info({ signal: "SIGTERM" }, "shutting down");
    void shutdown().then((finished) => process.exit(finished ? 0 : 1));
  });

  if (consoleMode) {
    if (config.DEMO_DATA && (await seedDemo(store, systemClock.now()))) logger.info("seeded the demo workspace");
    const actor = { ...DEMO_WORKSPACE, ...DEMO_COORDINATOR, isPlatformAdmin: true };
    // The dashboard of the demo workspace, one click away: a fresh one-time link at every start.
    const signIn = dashboardListening ? signInUrl(config.PUBLIC_URL, (await bot.createSignInLink(actor)).token) : undefined;
    await runConsole({
      bot,
      actor,
      notice: signIn === undefined ? undefined : `Dashboard: ${signIn}\n  (signs you in once, within 10 minutes; type dashboard for a new link)\n`,
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
    });
    await shutdown();
  } else {
    logger.info({ platforms: platforms.map((platform) => platform.platform) }, "bot started");
    process.once("SIGINT", () => {
      logger.info({ signal: "SIGINT" }, "shutting down");
      void shutdown().then((finished) => process.exit(finished ? 0 : 1));
    });
  }
}
