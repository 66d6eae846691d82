import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { PermanentDeliveryError, RetryableDeliveryError } from "../../src/ports/delivery.js";

// Discord's JSON error codes that no retry will fix.
const PERMANENT_CODES = new Map<number, string>([
  [10003, "Unknown Channel: the linked channel was deleted; link another one"],
  [10004, "Unknown Guild: the bot is no longer in that server"],
  [10013, "Unknown User"],
  [50001, "Missing Access: the bot cannot see that channel; give it View Channel there"],
  [50013, "Missing Permissions: give the bot Send Messages, Create Public Threads and Send Messages in Threads there"],
  [50007, "Cannot send messages to this user"],
  [50083, "The thread is archived and the bot cannot reopen it"],
  [160005, "The thread is locked"],
]);

/**
 * A failed Discord call as the outbox sees it: 5xx, timeouts and network failures are worth retrying;
 * Unknown Channel, Missing Access and other 4xx answers are not. (429s never get here: discord.js's
 * REST queue waits them out and retries.)
 */
export function toDeliveryError(error: unknown): Error {
  if (error instanceof PermanentDeliveryError || error instanceof RetryableDeliveryError) return error;
  if (error instanceof RateLimitError) return new RetryableDeliveryError(`Discord rate limit on ${error.route}`, error.retryAfter);
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === "number" ? PERMANENT_CODES.get(error.code) : undefined;
    if (error.status >= 500) return new RetryableDeliveryError(`Discord answered ${error.status}: ${error.message}`);
    if (error.status === 429) return new RetryableDeliveryError(`Discord rate limit: ${error.message}`);
    return new PermanentDeliveryError(known ?? `Discord refused (${error.status}, code ${error.code}): ${error.message}`);
  }
  if (error instanceof HTTPError) {
    return error.status >= 500 || error.status === 429 ? new RetryableDeliveryError(`Discord answered ${error.status}`) : new PermanentDeliveryError(`Discord answered ${error.status}`);
  }
  return new RetryableDeliveryError(`Could not reach Discord: ${error instanceof Error ? error.message : String(error)}`);
}
