import { z } from "zod";
import { DEFAULT_MIN_RESPONSES, HIGHEST_MIN_RESPONSES, LOWEST_MIN_RESPONSES } from "../../domain/anonymity-threshold.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";

const MinResponsesSchema = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, "expected a whole number, such as 5")
  .transform(Number)
  .refine((count) => count >= LOWEST_MIN_RESPONSES && count <= HIGHEST_MIN_RESPONSES, `expected a whole number from ${LOWEST_MIN_RESPONSES} to ${HIGHEST_MIN_RESPONSES}`);

export const surveyCreateCommand = defineCommand({
  name: "survey create",
  summary: "Start a survey for a partnership's people; add questions, then send it (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    title: argument.text("the survey's title", { rest: true, schema: TextSchema.max(100, "keep the title under 100 characters") }),
    anonymous: argument.flag("store answers without who gave them (default: with names)"),
    "min-responses": argument.number(`anonymous surveys: show no results until this many people answered (default ${DEFAULT_MIN_RESPONSES}, at least ${LOWEST_MIN_RESPONSES})`, {
      required: false,
      schema: MinResponsesSchema,
    }),
  },
  examples: ["/partner survey create robotics-tx Mid-year partner pulse --anonymous", "/partner survey create robotics-tx Family night feedback --anonymous --min-responses 8"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    if (args["min-responses"] !== undefined && !args.anonymous) {
      throw new UserError("bad-arguments", "Only anonymous surveys take --min-responses: add --anonymous, or leave --min-responses out.");
    }
    const minResponses = args["min-responses"] ?? DEFAULT_MIN_RESPONSES;
    const { id } = await context.store.surveys.create({ partnershipId: partnership.id, title: args.title, anonymous: args.anonymous, minResponses, actorId: context.person.id, at: context.clock.now() });
    return new MessageBuilder(`Survey #${id} created: ${args.title}`)
      .text(
        `${args.anonymous ? `Anonymous: answers are stored without names, and only whether someone took part is kept. Results show once ${minResponses} people have answered.` : "Answers are stored with the name of who gave them."} Add questions, then send it to ${partnership.handle}'s liaisons.`,
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
