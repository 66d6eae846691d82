import { calendarDateIn } from "../../domain/calendar-date.js";
import { termDays } from "../../domain/terms.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";

export const termListCommand = defineCommand({
  name: "term list",
  occasional: true,
  summary: "A partnership's terms (school years), the current one last",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner term list robotics-tx"],
  async handle(args, context) {
    const partnership = await getPartnership(context, args.partnership);
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const terms = await context.store.terms.list(partnership.id);
    const lines = terms.map((term) => {
      const days = termDays(term, today);
      return term.endsOn === null ? `${term.label}: from ${term.startsOn} (current, planned to ${days.to})` : `${term.label}: ${days.from} to ${days.to}`;
    });
    return new MessageBuilder(`Terms of ${partnership.name} (${partnership.handle})`)
      .list(undefined, lines)
      .context(`A term's report: /partner report ${partnership.handle} --term ${terms.at(-1)!.label} (or --term all). A new term: /partner renew ${partnership.handle}`)
      .build();
  },
});
