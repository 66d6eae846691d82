import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getCheckInQuestion } from "./get-check-in-question.js";
import { QuestionNumberSchema } from "./question-schemas.js";

export const questionMoveCommand = defineCommand({
  name: "question move",
  occasional: true,
  summary: "Change the order the partnership's own check-in questions are asked in (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    question: argument.number("the question's number, from question list", { schema: QuestionNumberSchema }),
    position: argument.number("where it goes: 1 asks it first", { schema: QuestionNumberSchema }),
  },
  examples: ["/partner question move robotics-tx 3 1"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const questions = await context.store.checkInQuestions.list(partnership.id);
    const question = getCheckInQuestion(questions, args.question, partnership.handle);
    if (args.position > questions.length) {
      throw new UserError("bad-arguments", `<position>: ${partnership.handle} has ${questions.length} questions of its own, so a question can go from 1 to ${questions.length}.`);
    }
    if (!(await context.store.checkInQuestions.move({ partnershipId: partnership.id, questionId: question.id, position: args.position, actorId: context.person.id }))) {
      throw new UserError("not-found", `That question was removed meanwhile. Type /partner question list ${partnership.handle} to see those left.`);
    }
    const order = await context.store.checkInQuestions.list(partnership.id);
    return new MessageBuilder(`Question moved to ${args.position} in ${partnership.handle}'s check-ins`)
      .list("Now asked in this order", order.map((asked) => `${asked.position}. ${asked.prompt}`))
      .build();
  },
});
