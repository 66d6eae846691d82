import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { buildSurveyInvitations } from "./build-survey-invitations.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";

export const surveySendCommand = defineCommand({
  name: "survey send",
  summary: "Open a survey and invite each liaison to answer it (liaisons, coordinators)",
  arguments: { survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }) },
  examples: ["/partner survey send 3"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    if (survey.questions.length === 0) {
      throw new UserError("bad-arguments", `Survey #${survey.id} has no questions yet. Add one first: /partner survey question ${survey.id} scale <question>.`);
    }
    const liaisons = await context.store.surveys.listLiaisonContacts(partnership.id);
    if (liaisons.length === 0) {
      throw new UserError("bad-arguments", `${partnership.handle} has no liaisons to send it to. Add them with /partner liaison add ${partnership.handle} <organization> @someone.`);
    }
    const updates = await context.store.channelLinks.list(partnership.id, "updates");
    const at = context.clock.now();
    const { invitations, unreachable } = buildSurveyInvitations(survey, partnership, liaisons, updates, at);
    const added = await context.store.surveys.send({ surveyId: survey.id, partnershipId: partnership.id, invitations, actorId: context.person.id, at });
    const direct = invitations.filter((invitation) => invitation.target.startsWith("user:")).length;
    const heading = survey.status === "open" ? `Survey #${survey.id} is open` : `Survey #${survey.id} sent: ${survey.title}`;
    return new MessageBuilder(heading)
      .text(added === 0 ? "Every liaison has been invited already." : `Invited ${added} liaison${added === 1 ? "" : "s"}.`)
      .text(
        added > 0 && direct > 0
          ? `${direct} of the invitations go by direct message: link an updates channel where they are with /partner link ${partnership.handle} updates.`
          : "",
      )
      .list("Could not reach (no chat identity)", unreachable)
      .context(`See answers as they come in: /partner survey results ${survey.id}`)
      .build();
  },
});
