import { calendarDateIn } from "../../domain/calendar-date.js";
import { hasCalendarChanges, type CalendarChanges } from "../../domain/plan-calendar-changes.js";
import type { OutboundFetchPolicy } from "../../net/outbound-fetch-policy.js";
import type { DueCalendarSource } from "../../store/calendar-sources-repository.js";
import type { Store } from "../../store/create-store.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import { describeCalendarChanges } from "./describe-calendar-changes.js";
import { classifiedOf, readCalendarOrigin } from "./read-calendar-origin.js";

function buildCalendarUpdate(source: DueCalendarSource, name: string, changes: CalendarChanges): Message {
  return new MessageBuilder(`School calendar changed: ${name}`, "public")
    .text(`I read ${source.partnershipName}'s school calendar again; its days off changed.`)
    .list(undefined, describeCalendarChanges(changes))
    .context(`No check-ins go out on the days off. All of them: /partner schedule show ${source.handle}`)
    .build();
}

/**
 * Reads a calendar imported from an address again (the weekly re-read the scheduler claimed), with
 * the partnership's closure words, applies what changed, and queues a note of the changes to each
 * linked updates channel in the same transaction. Throws when the address cannot be read.
 */
export async function rereadCalendar(store: Store, source: DueCalendarSource, now: Date, policy: OutboundFetchPolicy): Promise<CalendarChanges> {
  const today = calendarDateIn(now, source.timezone);
  const words = (await store.calendarSources.findWords(source.partnershipId)) ?? undefined;
  const { origin, reading } = await readCalendarOrigin(source.address, today, words, policy);
  const channels = await store.channelLinks.list(source.partnershipId, "updates");
  const changes = await store.calendarSources.importCalendar({
    partnershipId: source.partnershipId,
    actorId: null,
    at: now,
    today,
    origin: { ...origin, key: source.key },
    calendar: classifiedOf(reading),
    nextReadAt: null,
    notices: (found): EnqueueInput[] => {
      if (!hasCalendarChanges(found)) return [];
      const message = buildCalendarUpdate(source, origin.name, found);
      return channels.map((channel) => ({
        dedupeKey: `calendar-update:${source.id}:${now.getTime()}:${channel.platform}:${channel.channelId}`,
        kind: "calendar-update",
        partnershipId: source.partnershipId,
        platform: channel.platform,
        workspaceId: channel.workspaceId,
        target: `channel:${channel.channelId}`,
        message: { message, mentions: [] },
        at: now,
      }));
    },
  });
  return changes!;
}
