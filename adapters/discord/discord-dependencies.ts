import type { Bot } from "../../src/bot.js";
import type { Logger } from "../../src/logging/create-logger.js";
import type { ReflectionsStore } from "../../src/store/reflections-store.js";
import type { FormSessions } from "./forms/form-sessions.js";
import type { PartnerCommandTree } from "./partner-command/build-partner-command.js";
import type { Acknowledgements } from "./respond/acknowledgements.js";

/** What the Discord listeners share. */
export interface DiscordDependencies {
  bot: Bot;
  tree: PartnerCommandTree;
  sessions: FormSessions;
  reflections: ReflectionsStore;
  logger: Logger;
  acknowledgements: Acknowledgements;
}
