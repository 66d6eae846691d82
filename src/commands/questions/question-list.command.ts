import { MAX_CHECK_IN_QUESTIONS } from "../../store/check-in-questions-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getPartnership } from "../get-partnership.js";
import { describeQuestion } from "./describe-question.js";

export const questionListCommand = defineCommand({
  name: "question list",
  summary: "The partnership's own check-in questions, numbered in the order they are asked",
  arguments: { partnership: argument.partnership() },
  examples: ["/partner question list robotics-tx"],
  async handle(args, context) {
    const partnership = await getPartnership(context, args.partnership);
    const questions = await context.store.checkInQuestions.list(partnership.id);
    const message = new MessageBuilder(`${partnership.name}: check-in questions`).text("Every check-in asks how the partnership is doing, highlights, blockers, needs and a reading of the success metrics.");
    if (questions.length === 0) {
      return message.text("It asks no questions of its own yet.").context(`Add one (up to ${MAX_CHECK_IN_QUESTIONS}): /partner question add ${partnership.handle} scale How engaged were students this week?`).build();
    }
    return message
      .list("Then its own questions", questions.map((question) => `${question.position}. ${describeQuestion(question)}`))
      .context(`Change them: /partner question add|move|remove ${partnership.handle} ...`)
      .build();
  },
});
