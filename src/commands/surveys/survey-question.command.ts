import { z } from "zod";
import { SurveyQuestionKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { TextSchema } from "../argument-schemas.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

export const MAX_SURVEY_QUESTIONS = 10;

const KIND_LABELS: Record<string, string> = { scale: "1-5 scale", choice: "single choice", number: "number", text: "text" };

const OptionsSchema = z
  .string()
  .transform((value) => value.split(",").map((option) => option.trim()).filter((option) => option !== ""))
  .pipe(
    z
      .array(z.string().max(80, "keep each option under 80 characters"))
      .min(2, "give at least two options, separated by commas")
      .max(10, "give at most 10 options")
      .refine((options) => new Set(options.map((option) => option.toLowerCase())).size === options.length, "each option must differ from the others"),
  );

export const surveyQuestionCommand = defineCommand({
  name: "survey question",
  summary: "Add a question to a survey before it is sent: scale (1-5), choice, number or text (liaisons, coordinators)",
  arguments: {
    survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }),
    kind: argument.choice(SurveyQuestionKindSchema, "scale (1 to 5), choice (one of --options), number, or text"),
    prompt: argument.text("the question as people will read it", { rest: true, schema: TextSchema.max(150, "keep the question under 150 characters") }),
    options: argument.text("for choice questions: the options, separated by commas", { required: false, schema: OptionsSchema }),
  },
  examples: ["/partner survey question 3 scale How well is the partnership meeting its goals?", '/partner survey question 3 choice Best meeting time --options "Mornings,Afternoons,Evenings"'],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    if (args.kind === "choice" && args.options === undefined) {
      throw new UserError("bad-arguments", `A choice question needs its options: add --options "first,second,third".`);
    }
    if (args.kind !== "choice" && args.options !== undefined) {
      throw new UserError("bad-arguments", `Only choice questions take --options; leave it out for a ${args.kind} question.`);
    }
    if (survey.status !== "draft") {
      throw new UserError("closed", `Survey #${survey.id} was sent already, so its questions are fixed. Create a new survey to ask something else.`);
    }
    if (survey.questions.length >= MAX_SURVEY_QUESTIONS) {
      throw new UserError("bad-arguments", `Survey #${survey.id} has ${MAX_SURVEY_QUESTIONS} questions, the most a short survey should have. Send it, or create another.`);
    }
    const added = await context.store.surveys.addQuestion({
      surveyId: survey.id, partnershipId: partnership.id, kind: args.kind, prompt: args.prompt, options: args.options ?? [], actorId: context.person.id, at: context.clock.now(),
    });
    if (added === null) throw new UserError("closed", `Survey #${survey.id} was sent meanwhile, so its questions are fixed.`);
    return new MessageBuilder(`Question ${added.position} added to survey #${survey.id}`)
      .text(`${args.prompt} (${KIND_LABELS[args.kind]}${args.options ? `: ${args.options.join(", ")}` : ""})`)
      .context(`Add more, or send it: /partner survey send ${survey.id}`)
      .build();
  },
});
