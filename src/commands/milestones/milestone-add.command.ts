import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const milestoneAddCommand = defineCommand({
  name: "milestone add",
  summary: "Add a milestone with its due date (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    due: argument.date("the due date, YYYY-MM-DD"),
    title: argument.text('what will be done, such as "Regional robotics competition"', { rest: true, schema: TextSchema.max(200, "keep the title under 200 characters") }),
  },
  examples: ["/partner milestone add robotics-tx 2027-02-06 Regional robotics competition"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    await context.store.milestones.add({ partnershipId: partnership.id, title: args.title, dueOn: args.due, actorId: context.person.id, at: context.clock.now() });
    return new MessageBuilder(`Milestone added to ${partnership.handle}`)
      .text(`${args.title}, due ${args.due}.`)
      .context(`When it is done: /partner milestone done ${partnership.handle} "${args.title}"`)
      .build();
  },
});
