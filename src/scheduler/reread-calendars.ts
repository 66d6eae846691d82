import { CALENDAR_REREAD_MS } from "../commands/schedule/calendar-reread-interval.js";
import { rereadCalendar } from "../commands/schedule/reread-calendar.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { OutboundFetchPolicy } from "../net/outbound-fetch-policy.js";
import type { Store } from "../store/create-store.js";

/**
 * Reads again the school calendars imported from an address whose week is up, one after another
 * (each read is a worker thread). Each is claimed once across processes; one that fails is logged
 * and waits for next week, and the others go on. How many were read.
 */
export async function rereadCalendars(store: Store, clock: Clock, logger: Logger, policy: OutboundFetchPolicy): Promise<number> {
  const now = clock.now();
  const due = await store.calendarSources.claimDue(now, new Date(now.getTime() + CALENDAR_REREAD_MS));
  let read = 0;
  for (const source of due) {
    try {
      const changes = await rereadCalendar(store, source, now, policy);
      read++;
      logger.info({ calendarSourceId: source.id, partnershipId: source.partnershipId, added: changes.added.length, changed: changes.updated.length, removed: changes.removed.length }, "calendar read again");
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ err: error, calendarSourceId: source.id, partnershipId: source.partnershipId }, "calendar could not be read again; trying next week");
      await store.calendarSources.recordFailure(source.id, reason).catch(() => undefined);
    }
  }
  return read;
}
