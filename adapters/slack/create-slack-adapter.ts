import type { IncomingMessage, Server, ServerOptions, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { App, webApi } from "@slack/bolt";
import type { Core } from "../../src/ports/core.js";
import type { Logger } from "../../src/logging/create-logger.js";
import { NO_METRICS, type MetricsRecorder } from "../../src/ports/metrics-recorder.js";
import { AfterAckWork, type AfterAckWorkOptions } from "./after-ack-work.js";
import { countRequestsAwaitingAck } from "./count-requests-awaiting-ack.js";
import { createBoltLogger } from "./create-bolt-logger.js";
import { describeSlackError } from "./describe-slack-error.js";
import { registerAppHomeOpened } from "./listeners/app-home-opened.listener.js";
import { registerAppUninstalled } from "./listeners/app-uninstalled.listener.js";
import { registerButtonAction } from "./listeners/button-action.listener.js";
import { registerFormSubmission } from "./listeners/form-submission.listener.js";
import type { ListenerDependencies } from "./listeners/listener-dependencies.js";
import { registerPartnerCommand } from "./listeners/partner-command.listener.js";
import { registerUnknownInteractions } from "./listeners/unknown-interaction.listener.js";
import { SlackActorResolver } from "./slack-actor-resolver.js";
import { oauthAppOptions, type SlackOAuthOptions } from "./oauth/oauth-app-options.js";
import { SlackPlatform } from "./slack-platform.js";
import { installedClients, singleTokenClients } from "./workspace-clients.js";

export interface SlackAdapterOptions {
  bot: Core;
  logger: Logger;
  /** One workspace's Bot User OAuth Token (xoxb-...); or `oauth` for installs in many workspaces. */
  botToken?: string;
  /** Installs by OAuth: each workspace's token comes from its installation. */
  oauth?: SlackOAuthOptions;
  /** Required for the HTTP receiver; Socket Mode does not sign requests. */
  signingSecret?: string;
  /** xapp-... : Socket Mode instead of a public request URL. */
  appToken?: string;
  /** The Web API base URL (GovSlack, or a fake in tests); Slack's own when unset. */
  apiUrl?: string;
  /** HTTP port: POST /slack/events and GET /healthz (in Socket Mode only /healthz). */
  port: number;
  host?: string;
  /** Retries of 5xx and network failures; tests make them quick. */
  retryConfig?: webApi.RetryOptions;
  work?: AfterAckWorkOptions;
  /** Limits for a request that is slow to arrive; tests make them short. */
  http?: { headersTimeoutMs?: number; requestTimeoutMs?: number };
  /**
   * Every other path on the same port (the web dashboard, handed in by main.ts), so one public
   * address serves Slack's request URL, /healthz and the web. Slack's own paths win.
   */
  otherRoutes?: (request: IncomingMessage, response: ServerResponse) => void;
  /** GET /metrics: acknowledgement latency and 429s. */
  metrics?: MetricsRecorder;
}

export interface SlackAdapter {
  app: App;
  platform: SlackPlatform;
  work: AfterAckWork;
  /** Checks the token with auth.test (one workspace), then listens; resolves with the HTTP port. */
  start(): Promise<{ port: number }>;
  /** Stops taking requests and waits for work already acknowledged. */
  stop(): Promise<void>;
}

const { WebClient } = webApi;

const HEALTH_ROUTE = {
  path: "/healthz",
  method: ["GET"],
  handler: (_request: unknown, response: ServerResponse) => {
    response.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    response.end("ok");
  },
};

/**
 * Slack sends small requests at once, so one that takes seconds to arrive is not Slack's: Node's
 * defaults (headers 60 s, request 5 min) would let it hold a connection for minutes. Node checks
 * these limits every `connectionsCheckingInterval` (30 s by default), so that is shortened too.
 */
function serverOptions(limits: SlackAdapterOptions["http"] = {}): ServerOptions {
  const headersTimeout = limits.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(limits.requestTimeoutMs ?? 15_000, headersTimeout);
  return { headersTimeout, requestTimeout, keepAliveTimeout: 5_000, connectionsCheckingInterval: Math.min(1_000, headersTimeout) };
}

const OTHER_METHODS = ["GET", "HEAD", "POST"];

/** Bolt's custom routes for what is not Slack's: the root, and every deeper path. */
function otherRoutes(handler: SlackAdapterOptions["otherRoutes"]) {
  if (handler === undefined) return [];
  return ["/", "/*rest"].map((path) => ({ path, method: OTHER_METHODS, handler }));
}

function createApp(options: SlackAdapterOptions, clientOptions: webApi.WebClientOptions, bot: { botId?: string; botUserId?: string }): App {
  const socketMode = options.appToken !== undefined;
  return new App({
    ...(options.oauth === undefined ? { token: options.botToken } : oauthAppOptions(options.oauth, clientOptions, options.apiUrl, options.logger)),
    ...(socketMode ? { socketMode: true, appToken: options.appToken } : { signingSecret: options.signingSecret }),
    port: options.port,
    customRoutes: [HEALTH_ROUTE, ...otherRoutes(options.otherRoutes)],
    logger: createBoltLogger(options.logger),
    // Bolt would otherwise call auth.test itself: at construction, crashing the process when Slack is
    // unreachable, or (without botId and botUserId) before every single request.
    tokenVerificationEnabled: false,
    botId: bot.botId,
    botUserId: bot.botUserId,
    clientOptions,
  });
}

/**
 * The Slack adapter: the Bolt app with the bot's listeners (HTTP receiver, or Socket Mode when an
 * app token is given) and the outbox's SlackPlatform, all calling Slack through one Web API client.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { logger } = options;
  const socketMode = options.appToken !== undefined;
  if (!socketMode && options.signingSecret === undefined) throw new Error("SLACK_SIGNING_SECRET is required unless SLACK_APP_TOKEN selects Socket Mode");
  if ((options.botToken === undefined) === (options.oauth === undefined)) throw new Error("give the Slack adapter either a bot token (one workspace) or OAuth settings (many)");
  const clientOptions: webApi.WebClientOptions = {
    ...(options.apiUrl !== undefined ? { slackApiUrl: options.apiUrl } : {}),
    // 429s come back at once: the outbox dispatcher and callWithRetryAfter decide when to try again.
    rejectRateLimitedCalls: true,
    retryConfig: options.retryConfig ?? { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 4000 },
    timeout: 10_000,
    logger: createBoltLogger(logger),
  };
  const client = new WebClient(options.botToken, clientOptions);
  const metrics = options.metrics ?? NO_METRICS;
  const countRateLimits = (counted: webApi.WebClient): void => void counted.on(webApi.WebClientEvent.RATE_LIMITED, () => metrics.countRateLimited("slack"));
  countRateLimits(client);
  const clients = options.oauth === undefined ? singleTokenClients(client) : installedClients(options.oauth.installations, clientOptions, countRateLimits);
  const work = new AfterAckWork(logger, options.work);
  // Work after an ack first lets requests still waiting for theirs go ahead, query by query, so a
  // status being built never holds up another person's ack.
  const bot = options.bot.withQueryGate(() => work.pauseForAcks());
  const dependencies: ListenerDependencies = { bot, logger, work, actors: new SlackActorResolver(bot, logger) };
  let app: App | undefined;

  return {
    get app() {
      if (app === undefined) throw new Error("the Slack app exists once start() has checked the token");
      return app;
    },
    work,
    platform: new SlackPlatform(clients),
    async start() {
      // With OAuth there is no token yet: each request brings its workspace's bot id from its installation.
      const identity = options.oauth === undefined ? await checkBotToken(client) : {};
      app = createApp(options, clientOptions, { botId: identity.bot_id, botUserId: identity.user_id });
      countRequestsAwaitingAck(app, work, metrics);
      registerPartnerCommand(app, dependencies);
      registerButtonAction(app, dependencies);
      registerFormSubmission(app, dependencies);
      registerAppHomeOpened(app, dependencies);
      registerUnknownInteractions(app, dependencies);
      if (options.oauth !== undefined) registerAppUninstalled(app, dependencies, options.oauth.installations, clients);
      app.error(async (error) => {
        logger.error({ error: describeSlackError(error.original ?? error) }, "slack request failed");
      });
      if (socketMode) {
        await app.start();
        return { port: options.port };
      }
      const server = (await app.start({ port: options.port, host: options.host }, serverOptions(options.http))) as Server;
      return { port: (server.address() as AddressInfo).port };
    },
    async stop() {
      await app?.stop();
      await work.idle();
    },
  };
}

async function checkBotToken(client: webApi.WebClient): Promise<{ bot_id?: string; user_id?: string }> {
  try {
    return await client.auth.test();
  } catch (error) {
    const { slackError, message } = describeSlackError(error);
    if (slackError !== undefined) throw new Error(`Slack refused SLACK_BOT_TOKEN (${slackError}). Copy the Bot User OAuth Token (xoxb-...) from OAuth & Permissions in the app's settings.`);
    throw new Error(`Could not reach Slack to check SLACK_BOT_TOKEN (${message}). Check the network, and SLACK_API_URL if you set it.`);
  }
}
