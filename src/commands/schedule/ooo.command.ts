import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { requireDayRange } from "./day-range.js";
import { findPersonReference } from "../partners/resolve-person-reference.js";

export const oooCommand = defineCommand({
  name: "ooo",
  summary: "Out of office: skip your check-in prompts between two dates",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("first day away, YYYY-MM-DD"),
    to: argument.date("last day away, YYYY-MM-DD"),
    who: argument.user("another liaison (coordinators only)", { required: false }),
  },
  examples: ["/partner ooo robotics-tx 2026-12-21 2027-01-03", "/partner ooo robotics-tx 2026-12-21 2026-12-24 --who @dev"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    requireDayRange(args.from, args.to, "time away");
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    if (args.to < today) throw new UserError("bad-arguments", `${args.to} has passed already. Give dates from today (${today}) on. Nothing was changed.`);
    let person = context.person;
    if (args.who !== undefined) {
      await context.access.requireCoordinator("mark someone else out of office");
      // Only someone already known can be a liaison: looking them up creates nobody.
      const named = await findPersonReference(context, args.who);
      if (named === null) throw new UserError("bad-arguments", `${args.who} is not a liaison of ${partnership.handle}, so they get no check-in prompts to skip.`);
      person = named;
    }
    if (!(await context.store.partnerships.isLiaison(partnership.id, person.id))) {
      throw new UserError("bad-arguments", `${person.displayName} is not a liaison of ${partnership.handle}, so they get no check-in prompts to skip.`);
    }
    await context.store.schedules.addAbsence({ partnershipId: partnership.id, personId: person.id, actorId: context.person.id, at: context.clock.now(), startsOn: args.from, endsOn: args.to, reason: "" });
    return new MessageBuilder(`${person.displayName} is out of office ${args.from} to ${args.to}`)
      .text(`No check-in prompts for ${partnership.name} go to ${person.displayName} in rounds that open on those days. Partners still get the digest.`)
      .build();
  },
});
