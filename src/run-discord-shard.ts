import { systemClock } from "./clock.js";
import type { Config } from "./config/read-config.js";
import { createBot } from "./create-bot.js";
import { createLogger, type Logger } from "./logging/create-logger.js";
import type { MetricsRecorder, ShardMetricsAnswer } from "./ports/metrics-recorder.js";
import type { PlatformAdapter } from "./ports/platform-adapter.js";
import type { PlatformConventions } from "./ports/platform-conventions.js";
import { PrometheusMetrics } from "./ops/prometheus-metrics.js";
import { shutDownGracefully } from "./shut-down-gracefully.js";
import { createDatabase, flavorOf } from "./store/create-database.js";
import { createStore } from "./store/create-store.js";

/** What main.ts hands a shard: the Discord adapter for its gateway, and the console's conventions. */
export interface ShardWiring {
  discord: (metrics: MetricsRecorder, logger: Logger) => PlatformAdapter;
  consoleConventions: PlatformConventions;
}

/**
 * One Discord shard, started by `npm run start:sharded` (main.ts --sharded) through discord.js's
 * ShardingManager, which sets SHARDS and SHARD_COUNT (discord.js's Client reads them). A shard holds
 * the gateway for its servers and answers their interactions and reflection threads; it runs no
 * scheduler, Slack or web: the main process does, and delivers to Discord through REST.
 */
export async function runDiscordShard(config: Config, wiring: ShardWiring): Promise<void> {
  if (config.DISCORD_TOKEN === undefined || process.env.SHARDS === undefined) {
    process.stderr.write("This is one Discord shard: start the bot with npm run start:sharded, which starts the shards.\n");
    process.exit(1);
  }
  const logger = createLogger(config.LOG_LEVEL ?? "info").child({ shard: Number(process.env.SHARDS) });
  // The main process counts the outbox; a shard adds its acknowledgements, 429s and database time.
  const metrics = new PrometheusMetrics();
  // The main process applied the migrations before it started the shards.
  const db = await createDatabase(config.DATABASE_URL, { observeQuery: (seconds) => metrics.observeDatabaseQuery(seconds) });
  const discord = wiring.discord(metrics, logger);
  const bot = createBot({
    store: createStore(db, flavorOf(config.DATABASE_URL)),
    clock: systemClock,
    logger,
    configuredCoordinators: new Set(config.COORDINATORS),
    conventions: [wiring.consoleConventions, discord.conventions],
    publicUrl: config.PUBLIC_URL,
  });
  const running = await discord.start(bot).catch(async (error: unknown) => {
    logger.error({ err: error }, "discord shard did not start");
    await db.$disconnect();
    process.exit(1);
  });

  process.on("message", (message: { metricsRequest?: number }) => {
    if (message?.metricsRequest === undefined) return;
    void metrics.toJson().then((json) => process.send?.({ metricsAnswer: message.metricsRequest!, metrics: json } satisfies ShardMetricsAnswer));
  });

  let shuttingDown: Promise<boolean> | undefined;
  const shutdown = (reason: string): void => {
    if (shuttingDown !== undefined) return;
    logger.info({ reason }, "discord shard shutting down");
    shuttingDown = shutDownGracefully({ stops: [() => running.stop()], closeDatabase: () => db.$disconnect(), logger, boundMs: 10_000 });
    void shuttingDown.then((finished) => process.exit(finished ? 0 : 1));
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  // Ctrl+C reaches every process of the terminal's group: the main process stops the shards itself
  // (SIGTERM, after its scheduler), and a shard that ended on its own first would be started again.
  process.on("SIGINT", () => undefined);
  // The manager went away (it crashed, or was killed): a shard of no bot ends too.
  process.once("disconnect", () => shutdown("the main process is gone"));
}
