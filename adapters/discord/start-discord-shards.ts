import type { ChildProcess } from "node:child_process";
import { Client, DiscordAPIError, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from "discord.js";
import type { Logger } from "../../src/logging/create-logger.js";
import type { PlatformAdapter, RunningAdapter } from "../../src/ports/platform-adapter.js";
import type { Core } from "../../src/ports/core.js";
import type { ShardMetricsAnswer } from "../../src/ports/metrics-recorder.js";
import { discordConventions } from "./discord-conventions.js";
import { DiscordPlatform } from "./discord-platform.js";
import { explainStartFailure } from "./explain-start-failure.js";

// Discord lets a bot start max_concurrency sessions every 5 seconds (its "identify" limit).
const IDENTIFY_WINDOW_MS = 5_500;
const SHARD_READY_TIMEOUT_MS = 60_000;
const SHARD_ANSWER_TIMEOUT_MS = 2_000;

export interface DiscordShardsOptions {
  token: string;
  apiUrl?: string;
  logger: Logger;
  /** DISCORD_TOTAL_SHARDS: "auto" takes the count GET /gateway/bot recommends. */
  totalShards: "auto" | number;
  /** The script each shard process runs (src/main.js), with `shardArgs` telling it to be one shard. */
  shardScript: string;
  shardArgs: string[];
  /** Node flags for the shard processes (this process's own, so tsx and heap limits carry over). */
  execArgv?: string[];
  /** Hands over a function that asks every shard for its figures (GET /metrics adds them up). */
  collectFromShards?: (collect: () => Promise<object[][]>) => void;
}

/**
 * Discord with sharding: discord.js's ShardingManager starts one process per shard, each holding
 * the gateway for its servers (Discord sends a server's events to shard (guild_id >> 22) % count) and
 * answering their interactions. This process keeps no gateway: its outbox deliveries go through REST,
 * which serves every server whichever shard holds it, so scheduling stays in one process.
 */
export function shardedDiscordAdapter(options: DiscordShardsOptions): PlatformAdapter {
  return { conventions: discordConventions, start: (core) => startDiscordShards(options, core) };
}

async function startDiscordShards(options: DiscordShardsOptions, core: Core): Promise<RunningAdapter> {
  const { logger } = options;
  // Made before the manager, which marks this process as a manager for every Client made after it.
  const rest = new Client({ intents: [], allowedMentions: { parse: [] }, rest: options.apiUrl === undefined ? {} : { api: options.apiUrl } });
  rest.rest.setToken(options.token);
  const gateway = await fetchGatewayBot(rest);
  const totalShards = options.totalShards === "auto" ? gateway.shards : options.totalShards;
  const maxConcurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const manager = new ShardingManager(options.shardScript, { token: options.token, totalShards, mode: "process", respawn: true, shardArgs: options.shardArgs, execArgv: options.execArgv ?? [] });
  let stopping = false;
  // discord.js starts a shard whose process ended again (respawn); "death" also comes when stop() kills it.
  manager.on("shardCreate", (shard) => {
    shard.on("death", () => stopping || logger.warn({ shard: shard.id }, "discord: shard process ended; starting it again"));
  });
  // All shards in one identify window start together; beyond it, spaced so each window holds max_concurrency.
  const delay = totalShards <= maxConcurrency ? 0 : Math.ceil(IDENTIFY_WINDOW_MS / maxConcurrency);
  try {
    await manager.spawn({ amount: totalShards, delay, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    stopping = true;
    await stopShards(manager);
    await rest.destroy();
    throw explainShardFailure(error);
  }
  logger.info({ shards: totalShards }, "discord: every shard connected");
  options.collectFromShards?.(() => askShardsForMetrics(manager));
  return {
    platform: new DiscordPlatform(rest, core),
    async stop() {
      stopping = true;
      await stopShards(manager);
      await rest.destroy();
    },
  };
}

async function fetchGatewayBot(client: Client): Promise<RESTGetAPIGatewayBotResult> {
  try {
    return (await client.rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401) throw explainStartFailure({ code: "TokenInvalid" });
    throw new Error(`Could not ask Discord how many shards to start (GET /gateway/bot): ${error instanceof Error ? error.message : String(error)}. Check the network, and DISCORD_API_URL if you set it.`);
  }
}

// ShardingManager.spawn rejects when a shard exits or times out before it is ready; the shard's log says why.
function explainShardFailure(error: unknown): Error {
  return new Error(`a Discord shard did not start (${error instanceof Error ? error.message : String(error)}); the lines above with its shard number say why`);
}

/** SIGTERM to every shard (each shuts down gracefully), and resolves once all have exited. */
async function stopShards(manager: ShardingManager): Promise<void> {
  await Promise.all(
    [...manager.shards.values()].map((shard) => {
      const child = shard.process as ChildProcess | null;
      if (child === null || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      shard.kill();
      return exited;
    }),
  );
}

/** Each shard's figures; a shard that does not answer in time (restarting) is left out of this scrape. */
let lastRequest = 0;

async function askShardsForMetrics(manager: ShardingManager): Promise<object[][]> {
  const ask = (shard: Shard) =>
    new Promise<object[] | undefined>((resolve) => {
      const id = ++lastRequest;
      const timer = setTimeout(() => finish(undefined), SHARD_ANSWER_TIMEOUT_MS);
      const onMessage = (message: Partial<ShardMetricsAnswer>) => {
        if (message?.metricsAnswer === id) finish(message.metrics);
      };
      const finish = (metrics: object[] | undefined) => {
        clearTimeout(timer);
        shard.off("message", onMessage);
        resolve(metrics);
      };
      shard.on("message", onMessage);
      shard.send({ metricsRequest: id }).catch(() => finish(undefined));
    });
  const answers = await Promise.all([...manager.shards.values()].map(ask));
  return answers.filter((metrics): metrics is object[] => metrics !== undefined);
}
