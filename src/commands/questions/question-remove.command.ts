import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { askToConfirm } from "../confirm/ask-to-confirm.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getChangeablePartnership } from "../get-partnership.js";
import { getCheckInQuestion } from "./get-check-in-question.js";
import { QuestionNumberSchema } from "./question-schemas.js";

export const questionRemoveCommand = defineCommand({
  name: "question remove",
  occasional: true,
  summary: "Stop asking one of the partnership's own check-in questions; its answers so far stay (liaisons, coordinators)",
  arguments: {
    partnership: argument.partnership(),
    question: argument.number("the question's number, from question list", { schema: QuestionNumberSchema }),
    yes: argument.flag("remove it without asking first"),
  },
  examples: ["/partner question remove robotics-tx 2"],
  async handle(args, context) {
    const partnership = await getChangeablePartnership(context, args.partnership);
    const question = getCheckInQuestion(await context.store.checkInQuestions.list(partnership.id), args.question, partnership.handle);
    const answers = await context.store.checkInQuestions.countAnswers(question.id);
    const confirmation = askToConfirm(args.yes, {
      question: `Stop asking "${question.prompt}" in ${partnership.handle}'s check-ins?`,
      goes: [`Question ${question.position}, "${question.prompt}", from every check-in from now on`],
      stays: answers === 0 ? "Nobody has answered it yet." : answers === 1 ? "The one answer already given stays with its check-in." : `The ${answers} answers already given stay with their check-ins.`,
      line: `question remove ${partnership.handle} ${question.position}`,
      verb: "Remove",
    });
    if (confirmation !== null) return confirmation;
    const removed = await context.store.checkInQuestions.remove({ partnershipId: partnership.id, questionId: question.id, actorId: context.person.id, at: context.clock.now() });
    if (!removed) throw new UserError("not-found", `That question was removed meanwhile. Type /partner question list ${partnership.handle} to see those left.`);
    return new MessageBuilder(`Question removed from ${partnership.handle}'s check-ins`)
      .text(`"${question.prompt}" is no longer asked; the questions after it move up one.`)
      .context(`See them: /partner question list ${partnership.handle}`)
      .build();
  },
});
