import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

export const surveyReopenCommand = defineCommand({
  name: "survey reopen",
  occasional: true,
  summary: "Undo survey close: chat and its links take answers again (liaisons, coordinators)",
  arguments: { survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }) },
  examples: ["/partner survey reopen 3"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    if (survey.status !== "closed") throw new UserError("conflict", `Survey #${survey.id} is not closed (it is ${survey.status}), so there is nothing to reopen.`);
    const status = await context.store.surveys.reopen({ surveyId: survey.id, partnershipId: partnership.id, actorId: context.person.id, at: context.clock.now() });
    if (status === null) throw new UserError("conflict", `Survey #${survey.id} was reopened a moment ago by someone else.`);
    if (status === "draft") {
      return new MessageBuilder(`Survey #${survey.id} is a draft again: ${survey.title}`)
        .text("It was closed before it was ever sent or linked, so it goes back to being a draft: add questions, then send it or make a link.")
        .context(`/partner survey send ${survey.id} · /partner survey link ${survey.id}`)
        .build();
    }
    const today = calendarDateIn(context.clock.now(), partnership.timezone);
    const links = await context.store.surveyLinks.list(survey.id);
    const shut = links.filter((link) => link.revokedAt !== null || (link.closesOn !== null && today > link.closesOn));
    const message = new MessageBuilder(`Survey #${survey.id} is open again: ${survey.title}`).text(
      links.length === 0 ? "It takes answers again in chat." : `It takes answers again in chat and on ${links.length - shut.length} of its ${links.length} link${links.length === 1 ? "" : "s"}.`,
    );
    message.list(
      "Links that stay closed",
      shut.map((link) => `${link.label || `link ${link.id}`}: ${link.revokedAt !== null ? "revoked" : `its last day was ${link.closesOn}`}`),
    );
    if (shut.length > 0) message.context(`A new link for them: /partner survey link ${survey.id} --label "<class>"`);
    return message.context(`End it again: /partner survey close ${survey.id}`).build();
  },
});
