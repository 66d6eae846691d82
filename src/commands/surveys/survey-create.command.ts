import { z } from "zod";
import { DEFAULT_MIN_RESPONSES, HIGHEST_MIN_RESPONSES, LOWEST_MIN_RESPONSES } from "../../domain/anonymity-threshold.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";
import { findSurveyTemplate, SURVEY_TEMPLATES } from "./survey-templates.js";

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
    template: argument.text(`start from a ready-made survey: ${SURVEY_TEMPLATES.map((template) => template.name).join(", ")} (see survey templates)`, { required: false }),
    after: argument.number("make this the \"after\" survey of that one: the same questions, and results that show the change", { required: false, schema: SurveyIdSchema }),
  },
  examples: [
    "/partner survey create robotics-tx Mid-year partner pulse --anonymous",
    "/partner survey create robotics-tx Family night feedback --anonymous --min-responses 8",
    "/partner survey create robotics-tx Lab skills before --template student-confidence",
    "/partner survey create robotics-tx Lab skills after --after 4",
  ],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    if (args.template !== undefined && args.after !== undefined) {
      throw new UserError("bad-arguments", "An \"after\" survey copies its questions from the \"before\" one: give --template or --after, not both.");
    }
    const template = args.template === undefined ? undefined : findSurveyTemplate(args.template);
    if (args.template !== undefined && template === undefined) {
      throw new UserError("bad-arguments", `There is no template "${args.template}". Use one of: ${SURVEY_TEMPLATES.map((known) => known.name).join(", ")} (see /partner survey templates).`);
    }
    const before = args.after === undefined ? undefined : (await getSurvey(context, args.after)).survey;
    if (before !== undefined && before.partnershipId !== partnership.id) {
      throw new UserError("bad-arguments", `Survey #${before.id} belongs to another partnership: an "after" survey belongs to the same partnership as its "before".`);
    }
    if (before !== undefined && before.questions.length === 0) throw new UserError("bad-arguments", `Survey #${before.id} has no questions to copy yet.`);
    // A pair is compared side by side, so the "after" keeps the "before"'s anonymity and minimum.
    const anonymous = before?.anonymous ?? (args.anonymous || template?.anonymous === true);
    if (args["min-responses"] !== undefined && !anonymous) {
      throw new UserError("bad-arguments", "Only anonymous surveys take --min-responses: add --anonymous, or leave --min-responses out.");
    }
    const minResponses = args["min-responses"] ?? before?.minResponses ?? DEFAULT_MIN_RESPONSES;
    const questions = before?.questions ?? template?.questions ?? [];
    const { id } = await context.store.surveys.create({ partnershipId: partnership.id, title: args.title, anonymous, minResponses, afterSurveyId: before?.id, questions, actorId: context.person.id, at: context.clock.now() });
    const message = new MessageBuilder(`Survey #${id} created: ${args.title}`).text(
      `${anonymous ? `Anonymous: answers are stored without names, and only whether someone took part is kept. Results show once ${minResponses} people have answered.` : "Answers are stored with the name of who gave them."} ${questions.length > 0 ? "Then" : "Add questions, then"} send it to ${partnership.handle}'s liaisons, or make a link for a class.`,
    );
    if (before !== undefined) message.text(`It is the "after" of survey #${before.id} (${before.title}), with its ${questions.length} questions: its results show the change from before to after.`);
    if (questions.length > 0) {
      return message
        .list(before === undefined ? `From the ${template!.name} template` : "Questions", questions.map((question, index) => `${index + 1}. ${question.prompt}`))
        .context(`Next: /partner survey link ${id} --label "Period 3" --expected 28, or /partner survey send ${id}`)
        .build();
    }
    return message
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
