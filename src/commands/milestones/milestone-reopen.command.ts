import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMilestone } from "./get-milestone.js";

export const milestoneReopenCommand = defineCommand({
  name: "milestone reopen",
  occasional: true,
  summary: "Undo milestone done: the milestone is open again (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    milestone: argument.text("its number in milestone list, or its title", { rest: true, schema: TextSchema.max(200, "use the milestone's number or title") }),
  },
  examples: ["/partner milestone reopen robotics-tx 1"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const milestone = getMilestone(await context.store.milestones.list(partnership.id), args.milestone, partnership.handle);
    if (milestone.doneAt === null) throw new UserError("conflict", `"${milestone.title}" is not marked done, so there is nothing to reopen.`);
    const reopened = await context.store.milestones.reopen({ partnershipId: partnership.id, milestoneId: milestone.id, actorId: context.person.id, at: context.clock.now() });
    if (!reopened) throw new UserError("conflict", `"${milestone.title}" was reopened a moment ago by someone else.`);
    return new MessageBuilder(`Milestone open again: ${milestone.title}`)
      .text(`It is due ${milestone.dueOn} and counts as not done. The celebration already posted stays where it was.`)
      .context(`When it is done: /partner milestone done ${partnership.handle} "${milestone.title}"`)
      .build();
  },
});
