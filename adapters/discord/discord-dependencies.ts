import type { Core } from "../../src/ports/core.js";
import type { Logger } from "../../src/logging/create-logger.js";
import type { FormSessions } from "./forms/form-sessions.js";
import type { PartnerCommandTree } from "./partner-command/build-partner-command.js";
import type { Acknowledgements } from "./respond/acknowledgements.js";

/** What the Discord listeners share. */
export interface DiscordDependencies {
  bot: Core;
  tree: PartnerCommandTree;
  sessions: FormSessions;
  logger: Logger;
  acknowledgements: Acknowledgements;
}
