import { z } from "zod";
import { calendarDateIn } from "../../domain/calendar-date.js";
import type { CalendarChanges } from "../../domain/plan-calendar-changes.js";
import { UserError } from "../../errors.js";
import type { CalendarOrigin } from "../../store/calendar-sources-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import type { CommandContext } from "../command-context.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { buildCalendarPreview, describeSkipped } from "./build-calendar-preview.js";
import { CALENDAR_REREAD_MS } from "./calendar-reread-interval.js";
import { countCalendarChanges, describeCalendarChanges, describeDays } from "./describe-calendar-changes.js";
import { CALENDAR_LIMITS } from "./fetch-calendar.js";
import type { CalendarReading } from "./read-calendar.js";
import { classifiedOf, readCalendarOrigin } from "./read-calendar-origin.js";

function buildImported(partnership: PartnershipRecord, origin: CalendarOrigin, reading: CalendarReading, changes: CalendarChanges, today: string): Message {
  const upcoming = reading.blackouts.filter((day) => day.endsOn >= today).sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const { skipped } = describeSkipped(reading);
  return new MessageBuilder(`Imported ${origin.name}: ${reading.blackouts.length} blackouts for ${partnership.name}`, "public")
    .text(`${countCalendarChanges(changes)}; ${reading.ignored.length} school days and events ignored. No check-ins go out on the days off.`)
    .list("What changed", describeCalendarChanges(changes))
    .list(skipped.length === 0 ? undefined : "Skipped (could not be read)", skipped)
    .list("Coming up", upcoming.slice(0, 10).map((day) => `${describeDays(day)}: ${day.summary}`), "None still to come.")
    .text(origin.address === null ? "" : "I read this address again every week and post what changes in the updates channels.")
    .build();
}

async function commit(context: CommandContext, partnership: PartnershipRecord, origin: CalendarOrigin, reading: CalendarReading, today: string, previewId?: number): Promise<Message> {
  const at = context.clock.now();
  const changes = await context.store.calendarSources.importCalendar({
    partnershipId: partnership.id,
    actorId: context.person.id,
    at,
    today,
    origin,
    calendar: classifiedOf(reading),
    nextReadAt: origin.address === null ? null : new Date(at.getTime() + CALENDAR_REREAD_MS),
    previewId,
  });
  if (changes === null) throw new UserError("conflict", `That preview was imported a moment ago. /partner schedule show ${partnership.handle} lists the blackouts.`);
  return buildImported(partnership, origin, reading, changes, today);
}

export const calendarImportCommand = defineCommand({
  name: "calendar import",
  summary: "Turn a school calendar's days off (.ics) into blackouts, after a preview",
  arguments: {
    partnership: argument.partnership(),
    calendar: argument.text("the calendar's https:// or webcal:// address, or the .ics file's content pasted", {
      rest: true,
      required: false,
      schema: z.string().trim().min(1, "give the calendar's address, or paste the .ics file").max(CALENDAR_LIMITS.maxBytes, "that calendar is over 1 MB; export the school year only"),
    }),
    preview: argument.text("a preview's code, from its Import button", { required: false, schema: z.string().trim().regex(/^[0-9a-f]{10}$/, "use the code the preview gave, such as 3f9a0c12de") }),
    yes: argument.flag("import without a preview"),
  },
  examples: [
    "/partner calendar import robotics-tx https://www.lincolnisd.org/calendar/2026-27.ics",
    "/partner calendar import robotics-tx --preview 3f9a0c12de --yes",
  ],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    if (args.preview !== undefined) {
      const preview = await context.store.calendarSources.findPreview(partnership.id, args.preview, context.clock.now());
      if (preview === null) throw new UserError("not-found", `There is no preview ${args.preview} of ${partnership.handle} waiting (it was imported already, or is over a day old). Run /partner calendar import ${partnership.handle} <address> again for a fresh one.`);
      const reading = JSON.parse(preview.reading) as CalendarReading;
      if (args.yes) return commit(context, partnership, preview, reading, today, preview.id);
      const changes = await context.store.calendarSources.plan(partnership.id, preview, classifiedOf(reading), today);
      return buildCalendarPreview(partnership, preview, reading, changes, preview.code);
    }
    if (args.calendar === undefined) throw new UserError("bad-arguments", `Give the calendar's https:// address, or paste the .ics file: /partner calendar import ${partnership.handle} https://www.example.org/calendar.ics`);
    const closureWords = (await context.store.calendarSources.findWords(partnership.id)) ?? undefined;
    const { origin, reading } = await readCalendarOrigin(args.calendar, today, closureWords, context.outboundFetch);
    if (args.yes) return commit(context, partnership, origin, reading, today);
    const changes = await context.store.calendarSources.plan(partnership.id, origin, classifiedOf(reading), today);
    const code = await context.store.calendarSources.savePreview({ partnershipId: partnership.id, personId: context.person.id, at: context.clock.now(), origin, reading: JSON.stringify(reading) });
    return buildCalendarPreview(partnership, origin, reading, changes, code);
  },
});
