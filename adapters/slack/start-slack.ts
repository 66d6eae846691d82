import type { Logger } from "../../src/logging/create-logger.js";
import type { Core } from "../../src/ports/core.js";
import type { PlatformAdapter, RunningAdapter } from "../../src/ports/platform-adapter.js";
import { createSlackAdapter, type SlackAdapterOptions } from "./create-slack-adapter.js";
import { slackConventions } from "./slack-conventions.js";

export interface SlackSettings {
  /** One workspace (SLACK_BOT_TOKEN); or `oauth` for installs in many. */
  botToken?: string;
  oauth?: SlackAdapterOptions["oauth"];
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
  port: number;
  /** HOST: the address to listen on; every interface when unset. */
  host?: string;
  logger: Logger;
  /** The web dashboard's requests, served on the same port (see SlackAdapterOptions.otherRoutes). */
  otherRoutes?: SlackAdapterOptions["otherRoutes"];
  metrics?: SlackAdapterOptions["metrics"];
}

/** The Slack adapter: HTTP on `port`, or Socket Mode with an app token. */
export function slackAdapter(settings: SlackSettings): PlatformAdapter {
  return { conventions: slackConventions, start: (core) => startSlack({ ...settings, bot: core }) };
}

async function startSlack(settings: SlackSettings & { bot: Core }): Promise<RunningAdapter> {
  const adapter = createSlackAdapter(settings);
  const { port } = await adapter.start();
  const mode = settings.appToken === undefined ? "http" : "socket-mode";
  const install = settings.oauth === undefined ? undefined : "GET /slack/install";
  settings.logger.info({ mode, port, endpoint: mode === "http" ? "POST /slack/events" : undefined, install }, "slack adapter listening");
  return { platform: adapter.platform, stop: () => adapter.stop() };
}
