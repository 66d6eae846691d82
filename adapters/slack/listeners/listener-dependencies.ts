import type { webApi } from "@slack/bolt";
import type { Core } from "../../../src/ports/core.js";
import type { Logger } from "../../../src/logging/create-logger.js";
import type { AfterAckWork } from "../after-ack-work.js";
import type { SlackActorResolver } from "../slack-actor-resolver.js";

/** What every listener needs: the core, the one Web API client, who is asking, where slow work goes, the log. */
export interface ListenerDependencies {
  bot: Core;
  client: webApi.WebClient;
  actors: SlackActorResolver;
  work: AfterAckWork;
  logger: Logger;
}
