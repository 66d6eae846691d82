import type { OutboundFetchPolicy } from "../../net/outbound-fetch-policy.js";
import type { CalendarOrigin, ClassifiedCalendar } from "../../store/calendar-sources-repository.js";
import { fetchCalendar } from "./fetch-calendar.js";
import { readCalendarInWorker } from "./read-calendar-in-worker.js";
import type { CalendarReading } from "./read-calendar.js";

/** The calendar's address when the argument is one: plain, or as Slack escapes links, <https://...|label>. */
export function calendarAddress(argument: string): string | null {
  const match = /^<?((?:https?|webcal):\/\/[^\s|>]+)(?:\|[^>]*)?>?$/i.exec(argument.trim());
  return match === null ? null : match[1]!;
}

/** What a reading's origin is called: the calendar's own name, else its address's host, else "the pasted calendar". */
function nameOf(reading: CalendarReading, address: string | null): string {
  if (reading.name !== "") return reading.name;
  if (address === null) return "the pasted calendar";
  return new URL(address.replace(/^webcal:/i, "https:")).host;
}

/**
 * A calendar given as an address (downloaded) or as pasted text, read and classified with the
 * partnership's closure words. An address is its own key; a pasted calendar is known by its name.
 */
export async function readCalendarOrigin(given: string, today: string, closureWords: readonly string[] | undefined, policy: OutboundFetchPolicy): Promise<{ origin: CalendarOrigin; reading: CalendarReading }> {
  const address = calendarAddress(given);
  const text = address === null ? given : await fetchCalendar(address, policy);
  const reading = await readCalendarInWorker(text, today, { closureWords });
  const name = nameOf(reading, address);
  return { origin: { key: address === null ? `pasted:${name}` : address.replace(/^webcal:/i, "https:"), address, name }, reading };
}

/** What the store needs of a reading. */
export function classifiedOf(reading: CalendarReading): ClassifiedCalendar {
  return {
    blackouts: reading.blackouts.map((day) => ({ key: day.key, startsOn: day.startsOn, endsOn: day.endsOn, reason: day.summary })),
    schoolDayKeys: reading.ignored.map((day) => day.key),
    keptKeys: reading.otherKeys,
  };
}
