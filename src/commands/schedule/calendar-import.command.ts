import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeLeftOut } from "./describe-left-out.js";
import { CALENDAR_LIMITS, fetchCalendar } from "./fetch-calendar.js";
import { readCalendarInWorker } from "./read-calendar-in-worker.js";

const MAX_CALENDAR_LENGTH = CALENDAR_LIMITS.maxBytes;

/** The calendar's address when the argument is one: plain, or as Slack escapes links, <https://...|label>. */
function calendarAddress(argument: string): string | null {
  const match = /^<?((?:https?|webcal):\/\/[^\s|>]+)(?:\|[^>]*)?>?$/i.exec(argument);
  return match === null ? null : match[1]!;
}

export const calendarImportCommand = defineCommand({
  name: "calendar import",
  summary: "Turn a school calendar's all-day events (.ics) into blackouts",
  arguments: {
    partnership: argument.partnership(),
    calendar: argument.text("the calendar's https:// or webcal:// address, or the .ics file's content pasted", {
      rest: true,
      schema: z.string().trim().min(1, "give the calendar's address, or paste the .ics file").max(MAX_CALENDAR_LENGTH, "that calendar is over 1 MB; export the school year only"),
    }),
  },
  examples: ["/partner calendar import robotics-tx https://www.lincolnisd.org/calendar/2026-27.ics"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const address = calendarAddress(args.calendar);
    const text = address === null ? args.calendar : await fetchCalendar(address, context.outboundFetch);
    const calendar = await readCalendarInWorker(text, today);
    const { blackouts, timedEvents } = calendar;
    const leftOut = describeLeftOut(calendar);
    const { added, updated } = await context.store.schedules.importBlackouts({ partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now(), blackouts });
    const upcoming = blackouts.filter((blackout) => blackout.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
    return new MessageBuilder(`Imported ${blackouts.length} blackouts for ${partnership.name}`, "public")
      .text(`${added} new, ${updated} updated from an earlier import${timedEvents > 0 ? `; ${timedEvents} events with a time of day were left out` : ""}. No check-ins go out on those days.`)
      .text(leftOut.length === 0 ? "" : `Also left out: ${leftOut.join("; ")}.`)
      .list(
        "Coming up",
        upcoming.slice(0, 10).map((blackout) => `${blackout.startsOn === blackout.endsOn ? blackout.startsOn : `${blackout.startsOn} to ${blackout.endsOn}`}: ${blackout.reason}`),
        "None still to come.",
      )
      .build();
  },
});
