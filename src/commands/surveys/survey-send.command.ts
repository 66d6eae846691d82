import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { CommandContext } from "../command-context.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { buildChannelSurveyInvitation, buildSurveyInvitations } from "./build-survey-invitations.js";
import { getSurvey } from "./get-survey.js";
import { SurveyIdSchema } from "./survey-id-schema.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { SurveyRecord } from "../../store/surveys-repository.js";

/** `--everyone`: one invitation in this channel; anyone in this workspace who sees the partnership may answer. */
async function sendToChannel(survey: SurveyRecord, partnership: PartnershipRecord, context: CommandContext) {
  if (context.channelId === undefined) {
    throw new UserError("unsupported", `Type /partner survey send ${survey.id} --everyone in the channel whose members should answer, not in a direct message.`);
  }
  const channel = { platform: context.actor.platform, workspaceId: context.actor.workspaceId, channelId: context.channelId };
  const at = context.clock.now();
  const invitation = buildChannelSurveyInvitation(survey, partnership, channel, at);
  const added = await context.store.surveys.send({ surveyId: survey.id, partnershipId: partnership.id, invitations: [invitation], recipients: [], channels: [channel], actorId: context.person.id, at });
  return new MessageBuilder(`Survey #${survey.id} sent to everyone in this channel: ${survey.title}`)
    .text(added === 0 ? "It was posted in this channel already." : "It is posted in this channel with an answer button.")
    .text("Anyone in this workspace who can see the partnership may answer it, once each. To ask only the liaisons, send it without --everyone.")
    .context(`See answers as they come in: /partner survey results ${survey.id}`)
    .build();
}

export const surveySendCommand = defineCommand({
  name: "survey send",
  summary: "Open a survey and invite each liaison to answer it, or everyone in this channel (liaisons, coordinators)",
  arguments: {
    survey: argument.number("the survey's number, from survey create", { schema: SurveyIdSchema }),
    everyone: argument.flag("post it in this channel for everyone here to answer (default: only the liaisons may answer)"),
  },
  examples: ["/partner survey send 3", "/partner survey send 3 --everyone"],
  async handle(args, context) {
    const { survey, partnership } = await getSurvey(context, args.survey);
    await context.access.requireChange(partnership);
    if (survey.status === "closed") throw new UserError("closed", `Survey #${survey.id} is closed, so it takes no more answers. Create a new one with /partner survey create.`);
    if (survey.questions.length === 0) {
      throw new UserError("bad-arguments", `Survey #${survey.id} has no questions yet. Add one first: /partner survey question ${survey.id} scale <question>.`);
    }
    if (args.everyone) return sendToChannel(survey, partnership, context);
    const liaisons = await context.store.surveys.listLiaisonContacts(partnership.id);
    if (liaisons.length === 0) {
      throw new UserError("bad-arguments", `${partnership.handle} has no liaisons to send it to. Add them with /partner liaison add ${partnership.handle} <organization> @someone.`);
    }
    const updates = await context.store.channelLinks.list(partnership.id, "updates");
    const at = context.clock.now();
    const { invitations, unreachable } = buildSurveyInvitations(survey, partnership, liaisons, updates, at);
    const recipients = invitations.flatMap((invitation) => (invitation.personId == null ? [] : [invitation.personId]));
    const added = await context.store.surveys.send({ surveyId: survey.id, partnershipId: partnership.id, invitations, recipients, channels: [], actorId: context.person.id, at });
    const direct = invitations.filter((invitation) => invitation.target.startsWith("user:")).length;
    const heading = survey.status === "open" ? `Survey #${survey.id} is open` : `Survey #${survey.id} sent: ${survey.title}`;
    return new MessageBuilder(heading)
      .text(added === 0 ? "Every liaison has been invited already." : `Invited ${added} liaison${added === 1 ? "" : "s"}.`)
      .text("Only the people it was sent to can answer it.")
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
