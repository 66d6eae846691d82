import { Bot } from "./bot.js";
import type { Clock } from "./clock.js";
import type { ConfiguredCoordinators } from "./commands/access.js";
import { createCommandRegistry } from "./commands/create-command-registry.js";
import { actionHandlers, formHandlers } from "./forms/index.js";
import type { Logger } from "./logging/create-logger.js";
import type { Store } from "./store/create-store.js";

/** The bot with every command, form and action registered. */
export function createBot(store: Store, clock: Clock, logger: Logger, configuredCoordinators: ConfiguredCoordinators, options: { publicUrl?: string } = {}): Bot {
  return new Bot({ store, clock, logger, configuredCoordinators, registry: createCommandRegistry(), forms: formHandlers, actions: actionHandlers, publicUrl: options.publicUrl });
}
