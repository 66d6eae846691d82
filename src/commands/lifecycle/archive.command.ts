import { calendarDateIn } from "../../domain/calendar-date.js";
import { ARCHIVED } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const archiveCommand = defineCommand({
  name: "archive",
  occasional: true,
  summary: "Put a finished partnership away: no more check-ins, out of list and the portfolio, history kept (liaisons and coordinators)",
  arguments: {
    partnership: argument.partnership(),
    yes: argument.flag("archive without asking first"),
  },
  examples: ["/partner archive robotics-tx", "/partner archive robotics-tx --yes"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const { handle } = partnership;
    if (partnership.status === ARCHIVED) throw new UserError("conflict", `${handle} is archived already. /partner unarchive ${handle} brings it back.`);
    const { openRound } = await context.store.schedules.overview(partnership.id, calendarDateIn(context.clock.now(), partnership.timezone));
    const confirmation = askToConfirm(args.yes, {
      question: `Archive ${partnership.name} (${handle})?`,
      goes: [
        "its check-ins: no more rounds, prompts, reminders or digests",
        ...(openRound === null ? [] : [`the open round (week of ${openRound.period}) closes now, without a digest`]),
        "its line in /partner list, the portfolio and Home (list --status archived still shows it)",
      ],
      stays: `Everything it holds stays: /partner status, show, export and report ${handle} read it as before. /partner unarchive ${handle} brings it back as ${partnership.status}.`,
      line: `archive ${handle}`,
      verb: "Archive",
    });
    if (confirmation !== null) return confirmation;
    const changed = await context.store.archives.archive({ before: partnership, actorId: context.person.id, at: context.clock.now() });
    if (!changed) throw new UserError("conflict", `${handle} changed just now; look at /partner status ${handle} and try again.`);
    return new MessageBuilder(`${partnership.name} (${handle}) is archived`, "public")
      .text(`No more check-ins, and it is out of /partner list and the portfolio. Its history stays: /partner report ${handle}. To bring it back: /partner unarchive ${handle}.`)
      .build();
  },
});
