import { Bot } from "./bot.js";
import type { Clock } from "./clock.js";
import type { ConfiguredCoordinators } from "./commands/access.js";
import { createCommandRegistry } from "./commands/create-command-registry.js";
import { actionHandlers, formHandlers } from "./forms/index.js";
import type { Logger } from "./logging/create-logger.js";
import type { OutboundFetchPolicy } from "./net/outbound-fetch-policy.js";
import type { PlatformConventions } from "./ports/platform-conventions.js";
import type { Store } from "./store/create-store.js";

export interface CreateBotOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  configuredCoordinators?: ConfiguredCoordinators;
  /** How each platform names people; main.ts passes every configured adapter's. */
  conventions?: readonly PlatformConventions[];
  /** Who the bot may fetch user-given addresses from; the public internet unless a test says otherwise. */
  outboundFetch?: OutboundFetchPolicy;
  /** Where the web dashboard is reached (PUBLIC_URL); links in replies start with it. */
  publicUrl?: string;
}

/** The bot with every command, form and action registered. */
export function createBot({ store, clock, logger, configuredCoordinators = new Set(), conventions = [], outboundFetch, publicUrl }: CreateBotOptions): Bot {
  return new Bot({ store, clock, logger, configuredCoordinators, conventions, outboundFetch, publicUrl, registry: createCommandRegistry(), forms: formHandlers, actions: actionHandlers });
}
