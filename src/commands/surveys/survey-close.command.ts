import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

export const surveyCloseCommand = defineCommand({
  name: "survey close",
  summary: "End a survey everywhere at once: chat buttons and every link stop taking answers (liaisons, coordinators)",
  arguments: { survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }) },
  examples: ["/partner survey close 3"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    const closed = await context.store.surveys.close({ surveyId: survey.id, partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now() });
    return new MessageBuilder(closed ? `Survey #${survey.id} is closed: ${survey.title}` : `Survey #${survey.id} was closed already`)
      .text("It takes no more answers, in chat or from any of its links; a link now says the survey has closed. The answers given are kept.")
      .context(`See them: /partner survey results ${survey.id}`)
      .build();
  },
});
