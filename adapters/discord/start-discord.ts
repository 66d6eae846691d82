import { Client, Events, GatewayIntentBits, type ClientOptions } from "discord.js";
import type { Core } from "../../src/ports/core.js";
import type { Logger } from "../../src/logging/create-logger.js";
import type { MetricsRecorder } from "../../src/ports/metrics-recorder.js";
import type { PlatformAdapter } from "../../src/ports/platform-adapter.js";
import { discordConventions } from "./discord-conventions.js";
import type { DiscordDependencies } from "./discord-dependencies.js";
import { catchUpReflections } from "./catch-up-reflections.js";
import { DiscordPlatform } from "./discord-platform.js";
import { explainStartFailure, fixForCloseCode } from "./explain-start-failure.js";
import { FormSessions } from "./forms/form-sessions.js";
import { onInteraction } from "./listeners/on-interaction.js";
import { createThreadMessageListener } from "./listeners/on-thread-message.js";
import { buildPartnerCommand } from "./partner-command/build-partner-command.js";
import { Acknowledgements } from "./respond/acknowledgements.js";
import { routeInteractionAnswers } from "./respond/route-interaction-answers.js";
import { DISCORD_CACHE_OPTIONS } from "./discord-cache-options.js";
import { recordDiscordMetrics } from "./record-discord-metrics.js";

// Guilds: servers, channels, threads. GuildMessages + MessageContent: the text of reflections in threads.
export const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

export interface DiscordOptions {
  token: string;
  /** DISCORD_API_URL: the REST base, such as https://discord.com/api; the gateway URL comes from GET /gateway/bot. */
  apiUrl?: string;
  bot: Core;
  logger: Logger;
  /** Tests shorten timeouts here. */
  clientOptions?: Partial<ClientOptions>;
  /** GET /metrics: acknowledgement latency and 429s. */
  metrics?: MetricsRecorder;
}

export interface RunningDiscord {
  client: Client;
  platform: DiscordPlatform;
  stop(): Promise<void>;
}

/** The Discord adapter, started with the core it answers for. */
export function discordAdapter(options: Omit<DiscordOptions, "bot">): PlatformAdapter {
  return { conventions: discordConventions, start: (core) => startDiscord({ ...options, bot: core }) };
}

/** Connects to Discord's gateway and answers `/partner`, its buttons and modals, and reflection threads. */
export async function startDiscord(options: DiscordOptions): Promise<RunningDiscord> {
  const { bot, logger } = options;
  const client = new Client({
    intents: DISCORD_INTENTS,
    allowedMentions: { parse: [] },
    ...DISCORD_CACHE_OPTIONS,
    ...options.clientOptions,
    rest: { ...(options.apiUrl === undefined ? {} : { api: options.apiUrl }), ...options.clientOptions?.rest },
  });
  const answers = routeInteractionAnswers(client);
  const stop = async () => {
    await client.destroy();
    answers.clearHashSweeper();
    answers.clearHandlerSweeper();
  };
  const dependencies: DiscordDependencies = {
    bot,
    logger,
    tree: buildPartnerCommand(bot.commands),
    sessions: new FormSessions(bot),
    acknowledgements: new Acknowledgements(),
  };
  if (options.metrics !== undefined) recordDiscordMetrics(client, answers, options.metrics);
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction, dependencies));
  const threadMessages = createThreadMessageListener(client, dependencies);
  client.on(Events.Raw, threadMessages);
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord: client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord: client warning"));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, "discord: gateway resumed"));
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event, shardId) => {
      const fix = fixForCloseCode(event.code);
      if (fix === undefined) return logger.warn({ code: event.code, shardId }, "discord: gateway disconnected");
      logger.error({ code: event.code, shardId }, `discord: disconnected for good. ${fix}`);
      reject(new Error(fix));
    });
  });
  // login() may reject first with the same failure: the other rejection must not go unhandled.
  ready.catch(() => undefined);
  try {
    await client.login(options.token);
    await ready;
  } catch (error) {
    await stop();
    throw explainStartFailure(error);
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, "discord: connected");
  void catchUpReflections(client, dependencies, threadMessages).catch((error: unknown) => logger.error({ err: error }, "discord: catching up on reflections failed"));
  return { client, platform: new DiscordPlatform(client, bot), stop };
}
