import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { calendarAddress } from "./read-calendar-origin.js";

export const calendarRemoveCommand = defineCommand({
  name: "calendar remove",
  occasional: true,
  summary: "Stop reading a school calendar and remove its coming blackouts",
  arguments: {
    partnership: argument.partnership(),
    calendar: argument.text("its address or name, as schedule show lists it", { rest: true }),
    yes: argument.flag("remove it without asking"),
  },
  examples: ["/partner calendar remove robotics-tx https://www.lincolnisd.org/calendar/2026-27.ics", '/partner calendar remove robotics-tx "Lincoln ISD 2026-27" --yes'],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const calendars = await context.store.calendarSources.list(partnership.id);
    const address = calendarAddress(args.calendar)?.replace(/^webcal:/i, "https:");
    const wanted = args.calendar.trim().toLowerCase();
    const calendar = calendars.find((candidate) => (address !== undefined ? candidate.key === address : candidate.name.toLowerCase() === wanted));
    if (calendar === undefined) {
      const known = calendars.map((candidate) => candidate.address ?? candidate.name).join(", ");
      throw new UserError("not-found", `${partnership.handle} has no calendar ${args.calendar}. ${known === "" ? "It has none imported." : `Its calendars: ${known}.`} Nothing was changed.`);
    }
    const upcoming = await context.store.calendarSources.countUpcoming(partnership.id, calendar.key, today);
    const confirmation = askToConfirm(args.yes, {
      question: `Stop reading ${calendar.name} for ${partnership.handle}?`,
      goes: [`${upcoming} coming blackouts it made`, ...(calendar.address === null ? [] : ["its weekly re-read"])],
      stays: "Its past blackouts stay, and so do the ones added by hand.",
      line: `calendar remove ${partnership.handle} ${quoteArgument(calendar.address ?? calendar.name)}`,
      verb: "Remove",
    });
    if (confirmation !== null) return confirmation;
    const removed = await context.store.calendarSources.remove({ partnershipId: partnership.id, actorId: context.person.id, key: calendar.key, today });
    if (!removed) throw new UserError("conflict", `${calendar.name} was removed a moment ago. Nothing else was changed.`);
    return new MessageBuilder(`Removed ${calendar.name} from ${partnership.name}`, "public").text(`${upcoming} coming blackouts went with it; it is not read again. Check-ins go out those weeks again.`).build();
  },
});
