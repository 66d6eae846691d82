import type { Bot } from "../../src/bot.js";
import type { Logger } from "../../src/logging/create-logger.js";
import type { ChatPlatform } from "../../src/scheduler/chat-platform.js";
import { createSlackAdapter } from "./create-slack-adapter.js";

export interface SlackSettings {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  bot: Bot;
  logger: Logger;
}

/** Starts the Slack adapter (HTTP on `port`, or Socket Mode with an app token) and hands back its outbox platform. */
export async function startSlack(settings: SlackSettings): Promise<{ platform: ChatPlatform; stop(): Promise<void> }> {
  const adapter = createSlackAdapter(settings);
  const { port } = await adapter.start();
  const mode = settings.appToken === undefined ? "http" : "socket-mode";
  settings.logger.info({ mode, port, endpoint: mode === "http" ? "POST /slack/events" : undefined }, "slack adapter listening");
  return { platform: adapter.platform, stop: () => adapter.stop() };
}
