import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

export const surveyCreateCommand = defineCommand({
  name: "survey create",
  summary: "Start a survey for a partnership's people; add questions, then send it (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    title: argument.text("the survey's title", { rest: true, schema: TextSchema.max(100, "keep the title under 100 characters") }),
    anonymous: argument.flag("store answers without who gave them (default: with names)"),
  },
  examples: ["/partner survey create robotics-tx Mid-year partner pulse --anonymous"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const { id } = await context.store.surveys.create({ partnershipId: partnership.id, title: args.title, anonymous: args.anonymous, actorId: context.person.id, at: context.clock.now() });
    return new MessageBuilder(`Survey #${id} created: ${args.title}`)
      .text(
        `${args.anonymous ? "Anonymous: answers are stored without names, and only whether someone took part is kept." : "Answers are stored with the name of who gave them."} Add questions, then send it to ${partnership.handle}'s liaisons.`,
      )
      .list("Add questions (up to 10)", [
        `/partner survey question ${id} scale How well is the partnership meeting its goals?`,
        `/partner survey question ${id} choice Best meeting time --options "Mornings,Afternoons,Evenings"`,
        `/partner survey question ${id} number How many students did you work with this month?`,
        `/partner survey question ${id} text What should we change?`,
      ])
      .context(`Then: /partner survey send ${id}`)
      .build();
  },
});
