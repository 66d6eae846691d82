import type { Core } from "../../../src/ports/core.js";
import type { Logger } from "../../../src/logging/create-logger.js";
import type { AfterAckWork } from "../after-ack-work.js";
import type { SlackActorResolver } from "../slack-actor-resolver.js";

/**
 * What every listener needs: the core, who is asking, where slow work goes, the log. The Web API
 * client is Bolt's, per request: it carries the token of the workspace the request came from.
 */
export interface ListenerDependencies {
  bot: Core;
  actors: SlackActorResolver;
  work: AfterAckWork;
  logger: Logger;
}
