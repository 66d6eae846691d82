import { SurveyQuestionKindSchema } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import { MAX_CHECK_IN_QUESTIONS } from "../../store/check-in-questions-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { describeQuestion } from "./describe-question.js";
import { ChoicesSchema, QuestionTextSchema } from "./question-schemas.js";

export const questionAddCommand = defineCommand({
  name: "question add",
  summary: "Ask a question of the partnership's own in every check-in: scale (1-5), choice, number or text (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    kind: argument.choice(SurveyQuestionKindSchema, "scale (1 to 5), choice (one of --choices), number, or text"),
    text: argument.text("the question as people will read it", { rest: true, schema: QuestionTextSchema }),
    choices: argument.text("for choice questions: the choices, separated by commas", { required: false, schema: ChoicesSchema }),
  },
  examples: [
    "/partner question add robotics-tx number Students at club sessions this week",
    '/partner question add robotics-tx choice Equipment and kits --choices "All working,Some need repair,Parts missing"',
  ],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    if (args.kind === "choice" && args.choices === undefined) throw new UserError("bad-arguments", 'A choice question needs its choices: add --choices "first,second,third".');
    if (args.kind !== "choice" && args.choices !== undefined) throw new UserError("bad-arguments", `Only choice questions take --choices; leave it out for a ${args.kind} question.`);
    const question = { kind: args.kind, prompt: args.text, options: args.choices ?? [] };
    const added = await context.store.checkInQuestions.add({ partnershipId: partnership.id, actorId: context.person.id }, question);
    if (added === null) {
      throw new UserError("bad-arguments", `${partnership.handle} asks ${MAX_CHECK_IN_QUESTIONS} questions of its own, the most a weekly check-in should. Remove one first: /partner question remove ${partnership.handle} <number>.`);
    }
    return new MessageBuilder(`Question ${added.position} added to ${partnership.handle}'s check-ins`)
      .text(describeQuestion(question))
      .context(`Asked in every check-in from now on, after status, highlights, blockers, needs and the metrics. See them all: /partner question list ${partnership.handle}`)
      .build();
  },
});
