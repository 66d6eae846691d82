import { chooseDeliveryTarget } from "../../domain/choose-delivery-target.js";
import type { ChannelLinkRecord } from "../../store/channel-links-repository.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { LiaisonContact, SurveyChannelRecord, SurveyRecord } from "../../store/surveys-repository.js";
import type { Message } from "../../ui/reply.js";
import { MessageBuilder } from "../../ui/message-builder.js";

function buildSurveyMessage(survey: SurveyRecord, partnership: PartnershipRecord, everyone: boolean): Message {
  const questions = `${survey.questions.length} question${survey.questions.length === 1 ? "" : "s"}`;
  return new MessageBuilder(`Survey: ${survey.title}`, "public")
    .text(`${partnership.name} would like your view: ${questions}, a couple of minutes.`)
    .text(everyone ? "It is for everyone in this channel: each person answers once." : "")
    .text(survey.anonymous ? "It is anonymous: your answers are stored without your name." : "")
    .buttons([{ action: "survey.start", value: String(survey.id), label: "Answer the survey", style: "primary" }])
    .build();
}

/** One invitation in a channel, for everyone in it (`survey send --everyone`). */
export function buildChannelSurveyInvitation(survey: SurveyRecord, partnership: PartnershipRecord, channel: SurveyChannelRecord, at: Date): EnqueueInput {
  return {
    dedupeKey: `survey:${survey.id}:channel:${channel.platform}:${channel.workspaceId}:${channel.channelId}`,
    kind: "survey",
    partnershipId: partnership.id,
    platform: channel.platform,
    workspaceId: channel.workspaceId,
    target: `channel:${channel.channelId}`,
    message: { message: buildSurveyMessage(survey, partnership, true), mentions: [] },
    at,
  };
}

/**
 * One invitation per liaison, routed like check-in prompts: in a linked updates channel of a
 * workspace where the liaison has an identity, with a mention; otherwise a direct message.
 */
export function buildSurveyInvitations(
  survey: SurveyRecord,
  partnership: PartnershipRecord,
  liaisons: readonly LiaisonContact[],
  links: readonly ChannelLinkRecord[],
  at: Date,
): { invitations: EnqueueInput[]; unreachable: string[] } {
  const message = buildSurveyMessage(survey, partnership, false);
  const audience = { partnership, liaisons: [...liaisons], links: [...links], blackouts: [], absences: [] };
  const invitations: EnqueueInput[] = [];
  const unreachable: string[] = [];
  for (const liaison of liaisons) {
    const delivery = chooseDeliveryTarget(audience, liaison);
    if (delivery === null) {
      unreachable.push(liaison.displayName);
      continue;
    }
    const inChannel = delivery.target.startsWith("channel:");
    invitations.push({
      dedupeKey: `survey:${survey.id}:${liaison.personId}`,
      kind: "survey",
      partnershipId: partnership.id,
      personId: liaison.personId,
      platform: delivery.platform,
      workspaceId: delivery.workspaceId,
      target: delivery.target,
      message: { message, mentions: inChannel ? [delivery.userId] : [] },
      at,
    });
  }
  return { invitations, unreachable };
}
