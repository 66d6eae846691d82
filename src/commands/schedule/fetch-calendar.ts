import { UserError } from "../../errors.js";
import { fetchPublicUrl, type FetchLimits } from "../../net/fetch-public-url.js";
import { OutboundFetchError } from "../../net/outbound-fetch-error.js";
import type { OutboundFetchPolicy } from "../../net/outbound-fetch-policy.js";

export const CALENDAR_LIMITS: FetchLimits = { maxBytes: 1_000_000, timeoutMs: 10_000, maxRedirects: 3 };

/**
 * A published school calendar (an https:// or webcal:// address) as text: districts publish .ics
 * feeds, and a link is easier to give than a whole file in a chat command.
 */
export async function fetchCalendar(address: string, policy: OutboundFetchPolicy, limits = CALENDAR_LIMITS): Promise<string> {
  try {
    return (await fetchPublicUrl(address, policy, limits, "text/calendar, text/plain;q=0.5")).toString("utf8");
  } catch (error) {
    if (!(error instanceof OutboundFetchError)) throw error;
    throw new UserError("bad-arguments", `I could not download the calendar at ${address} (${error.reason}). Check the address, or paste the .ics file's content instead. Nothing was imported.`);
  }
}
