import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import { askToConfirm, quoteArgument } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMilestone } from "./get-milestone.js";

export const milestoneDeleteCommand = defineCommand({
  name: "milestone delete",
  occasional: true,
  summary: "Delete a milestone, after asking (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    milestone: argument.text("its number in milestone list, or its title", { rest: true, schema: TextSchema.max(200, "use the milestone's number or title") }),
    yes: argument.flag("delete without asking first"),
  },
  examples: ["/partner milestone delete robotics-tx 3", "/partner milestone delete robotics-tx 3 --yes"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const milestones = await context.store.milestones.list(partnership.id);
    const milestone = getMilestone(milestones, args.milestone, partnership.handle);
    const done = milestone.doneAt === null ? "" : `, done ${calendarDateIn(milestone.doneAt, partnership.timezone)}`;
    const confirmation = askToConfirm(args.yes, {
      question: `Delete the milestone "${milestone.title}" of ${partnership.handle}?`,
      goes: [`#${milestones.indexOf(milestone) + 1} ${milestone.title} (due ${milestone.dueOn}${done}), from milestone list, status, the dashboard and reports`],
      stays: "Celebrations already posted stay in their channels; the audit log keeps what it was.",
      // The title, not the number: numbers shift when a milestone is added before the button is pressed.
      line: `milestone delete ${partnership.handle} ${quoteArgument(milestone.title)}`,
      verb: "Delete",
    });
    if (confirmation !== null) return confirmation;
    const removed = await context.store.milestones.remove({ partnershipId: partnership.id, milestoneId: milestone.id, actorId: context.person.id, at: context.clock.now() });
    if (!removed) throw new UserError("not-found", `"${milestone.title}" was deleted a moment ago; nothing else changed.`);
    return new MessageBuilder(`Milestone deleted: ${milestone.title}`).context(`The rest: /partner milestone list ${partnership.handle}`).build();
  },
});
