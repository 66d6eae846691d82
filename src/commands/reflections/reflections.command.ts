import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";

const SHOWN = 25;

export const reflectionsCommand = defineCommand({
  name: "reflections",
  summary: "Partner reflections, newest first, with author and round",
  arguments: {
    partnership: argument.partnership(),
    round: argument.date("only this round: the Monday it opened, YYYY-MM-DD", { required: false }),
  },
  examples: ["/partner reflections solar-oh", "/partner reflections solar-oh --round 2026-11-16"],
  async handle(args, context) {
    const partnership = await getPartnership(context, args.partnership);
    const repository = context.store.reflections;
    if (args.round !== undefined) {
      const periods = await repository.recentRoundPeriods(partnership.id, 200);
      if (!periods.includes(args.round)) {
        const recent = periods.slice(0, 4);
        const hint = recent.length > 0 ? `Recent rounds: ${recent.join(", ")}.` : "It has had no check-in rounds yet.";
        throw new UserError("not-found", `${partnership.handle} has no round starting ${args.round}. ${hint}`);
      }
    }
    const { reflections, total } = await repository.list(partnership.id, { roundPeriod: args.round, limit: SHOWN });
    const scope = args.round === undefined ? "" : `, round of ${args.round}`;
    const message = new MessageBuilder(`Reflections: ${partnership.name} (${partnership.handle}${scope})`);
    message.list(
      undefined,
      reflections.map((reflection) => {
        const round = reflection.round === null ? "" : `, round ${reflection.round}`;
        return `${calendarDateIn(reflection.createdAt, partnership.timezone)} ${reflection.author}${round}${reflection.edited ? " (edited)" : ""}: ${reflection.body}`;
      }),
      "No reflections yet. Partners reflect in the threads the bot opens in the linked reflections channel.",
    );
    if (total > reflections.length) message.context(`Showing the newest ${reflections.length} of ${total}. All of them: /partner export ${partnership.handle}`);
    return message.build();
  },
});
