import { REST, type Client, type InternalRequest } from "discord.js";
import { buildMultipartBody } from "./build-multipart-body.js";

// Interaction endpoints "are not bound to the bot's Global Rate Limit" (Discord's rate limit docs):
// the callback and the webhook calls with the interaction token (edit @original, follow-ups,
// delete). @discordjs/rest counts those webhook calls against its one 50 per second global budget,
// so under a burst an answer waits up to a second behind other answers and the outbox's posts.
const INTERACTION_ROUTE = /^\/(?:interactions\/\d+\/[^/]+\/callback|webhooks\/\d+\/[^/]+(?:\/messages\/[^/]+)?)$/;

/**
 * Sends interaction answers through a REST manager of their own with no global budget; their
 * per-route buckets and 429 handling stay as discord.js does them. Every other call (channel
 * posts, threads, DMs) stays on the client's manager and inside the global limit. Call before
 * login; clear the returned manager's sweepers when the client stops.
 */
export function routeInteractionAnswers(client: Client): REST {
  const answers = new REST({ ...client.options.rest, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  const queueOnClient = client.rest.queueRequest.bind(client.rest);
  // Only token-authenticated calls (discord.js sends interaction answers with auth: false).
  client.rest.queueRequest = (request: InternalRequest) =>
    request.auth === false && INTERACTION_ROUTE.test(request.fullRoute) ? answers.queueRequest(buildMultipartBody(request)) : queueOnClient(request);
  return answers;
}
