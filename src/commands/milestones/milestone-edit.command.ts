import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getMilestone } from "./get-milestone.js";

const TitleSchema = TextSchema.max(200, "keep the title under 200 characters");

export const milestoneEditCommand = defineCommand({
  name: "milestone edit",
  occasional: true,
  summary: "Change a milestone's title or due date (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    milestone: argument.text("its number in milestone list, or its title", { rest: true, schema: TextSchema.max(200, "use the milestone's number or title") }),
    title: argument.text("the new title", { required: false, schema: TitleSchema }),
    due: argument.date("the new due date, YYYY-MM-DD", { required: false }),
  },
  examples: ["/partner milestone edit robotics-tx 3 --due 2027-02-13", '/partner milestone edit robotics-tx "Prototype showcase" --title "Prototype showcase for families and sponsors"'],
  refine(args, context) {
    if (args.title === undefined && args.due === undefined) context.addIssue({ code: "custom", path: ["title"], message: "say what changes: --title <new title>, --due <YYYY-MM-DD>, or both" });
    return args;
  },
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const milestone = getMilestone(await context.store.milestones.list(partnership.id), args.milestone, partnership.handle);
    const before = await context.store.milestones.edit({
      partnershipId: partnership.id,
      milestoneId: milestone.id,
      changes: { title: args.title, dueOn: args.due },
      actorId: context.person.id,
      at: context.clock.now(),
    });
    if (before === null) throw new UserError("not-found", `"${milestone.title}" was deleted a moment ago, so there is nothing to change.`);
    const title = args.title ?? before.title;
    const due = args.due ?? before.dueOn;
    const changes = [
      ...(title !== before.title ? [`Title: ${before.title} → ${title}`] : []),
      ...(due !== before.dueOn ? [`Due: ${before.dueOn} → ${due}`] : []),
    ];
    return new MessageBuilder(changes.length === 0 ? `"${title}" already reads like that` : `Milestone changed: ${title}`)
      .list(changes.length === 0 ? "Nothing changed" : "Changed", changes, `It is due ${due}.`)
      .context(`See them all: /partner milestone list ${partnership.handle}`)
      .build();
  },
});
