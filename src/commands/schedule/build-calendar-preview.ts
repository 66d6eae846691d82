import type { CalendarChanges } from "../../domain/plan-calendar-changes.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CalendarOrigin } from "../../store/calendar-sources-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import { CONFIRM_COMMAND_ACTION } from "../confirm/ask-to-confirm.js";
import { countCalendarChanges, describeCalendarChanges, describeDays } from "./describe-calendar-changes.js";
import { describeLeftOut } from "./describe-left-out.js";
import type { CalendarDay, CalendarReading } from "./read-calendar.js";

const SHOWN = 12;

function listed(days: readonly CalendarDay[]): string[] {
  const lines = days.slice(0, SHOWN).map((day) => `${describeDays(day)}: ${day.summary} (${day.because})`);
  return days.length > SHOWN ? [...lines, `... and ${days.length - SHOWN} more`] : lines;
}

/** What a calendar's events, as read, are said to be besides blackouts and school days: timed events, caps, broken events. */
export function describeSkipped(reading: CalendarReading): { leftOut: string[]; skipped: string[] } {
  const leftOut = [...(reading.timedEvents > 0 ? [`${reading.timedEvents} events with a time of day (meetings, not days off)`] : []), ...describeLeftOut(reading)];
  const skipped = reading.skipped.slice(0, SHOWN).map((event) => `${event.what}: ${event.reason}`);
  if (reading.skipped.length > SHOWN) skipped.push(`... and ${reading.skipped.length - SHOWN} more`);
  return { leftOut, skipped };
}

/**
 * The preview of an import: which events become blackouts and which are ignored, and why; what was
 * left out or could not be read; what changes against the last import; and a button that imports
 * exactly this reading (the line it runs names the stored preview, not the file).
 */
export function buildCalendarPreview(partnership: PartnershipRecord, origin: CalendarOrigin, reading: CalendarReading, changes: CalendarChanges, code: string): Message {
  const line = `calendar import ${partnership.handle} --preview ${code}`;
  const { leftOut, skipped } = describeSkipped(reading);
  const builder = new MessageBuilder(`Preview: ${origin.name} for ${partnership.name}`)
    .text(`${reading.blackouts.length} days off would become blackouts (no check-ins on those days); ${reading.ignored.length} school days and events are ignored.`)
    .list("Blackouts (days off)", listed(reading.blackouts), "None: no event says the school is closed.")
    .list("Ignored (school days and events)", listed(reading.ignored))
    .list(leftOut.length === 0 ? undefined : "Also left out", leftOut)
    .list(skipped.length === 0 ? undefined : "Skipped (could not be read; the rest was)", skipped)
    .list(`Against what is imported now: ${countCalendarChanges(changes)}`, describeCalendarChanges(changes));
  if (origin.address !== null) builder.text("I will read this address again every week and post what changes in the partnership's updates channels.");
  return builder
    .buttons([{ action: CONFIRM_COMMAND_ACTION, value: `${line} --yes`, label: "Import", style: "primary" }])
    .context(
      `Nothing has changed yet. To import, press Import or type: /partner ${line} --yes (within a day). A word that should or should not make a day off: /partner calendar words ${partnership.handle}.`,
    )
    .build();
}
