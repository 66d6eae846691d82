import type { ChannelLinkRecord } from "../../store/channel-links-repository.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { LiaisonContact, SurveyRecord } from "../../store/surveys-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";

/**
 * One invitation per liaison: in the partnership's updates channel on the liaison's platform and
 * workspace with a mention (platforms quarantine bots that DM many people), else a direct message.
 */
export function buildSurveyInvitations(
  survey: SurveyRecord,
  partnership: PartnershipRecord,
  liaisons: readonly LiaisonContact[],
  updatesChannels: readonly ChannelLinkRecord[],
): { invitations: EnqueueInput[]; unreachable: string[] } {
  const questions = `${survey.questions.length} question${survey.questions.length === 1 ? "" : "s"}`;
  const message = new MessageBuilder(`Survey: ${survey.title}`, "public")
    .text(`${partnership.name} would like your view: ${questions}, a couple of minutes.`)
    .text(survey.anonymous ? "It is anonymous: your answers are stored without your name." : "")
    .buttons([{ action: "survey.start", value: String(survey.id), label: "Answer the survey", style: "primary" }])
    .build();
  const invitations: EnqueueInput[] = [];
  const unreachable: string[] = [];
  const channelFor = (identity: { platform: string; workspaceId: string }) =>
    updatesChannels.find((channel) => channel.platform === identity.platform && channel.workspaceId === identity.workspaceId);
  for (const liaison of liaisons) {
    const identity =
      liaison.identities.find((candidate) => channelFor(candidate) !== undefined) ??
      liaison.identities.find((candidate) => candidate.platform === partnership.platform && candidate.workspaceId === partnership.workspaceId) ??
      liaison.identities[0];
    if (identity === undefined) {
      unreachable.push(liaison.displayName);
      continue;
    }
    const channel = channelFor(identity);
    invitations.push({
      dedupeKey: `survey:${survey.id}:${liaison.personId}`,
      kind: "survey",
      partnershipId: partnership.id,
      personId: liaison.personId,
      platform: identity.platform,
      workspaceId: identity.workspaceId,
      target: channel === undefined ? `user:${identity.userId}` : `channel:${channel.channelId}`,
      message: { message, mentions: channel === undefined ? [] : [identity.userId] },
    });
  }
  return { invitations, unreachable };
}
