import { setTimeout as sleep } from "node:timers/promises";
import { webApi } from "@slack/bolt";

const LONGEST_WAIT_SECONDS = 30;

/** Seconds Slack asked to wait when the error is a 429 rejection, else undefined. */
export function rateLimitedFor(error: unknown): number | undefined {
  const coded = error as { code?: unknown; retryAfter?: unknown } | null;
  return coded?.code === webApi.ErrorCode.RateLimitedError && typeof coded.retryAfter === "number" ? coded.retryAfter : undefined;
}

/**
 * The one client rejects rate-limited calls at once (so the outbox dispatcher, not the client,
 * decides when to try again); interactive follow-ups such as chat.update wait out Slack's
 * Retry-After here and try once more.
 */
export async function callWithRetryAfter<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const retryAfter = rateLimitedFor(error);
    if (retryAfter === undefined || retryAfter > LONGEST_WAIT_SECONDS) throw error;
    await sleep(retryAfter * 1000);
    return call();
  }
}
