import { chooseDeliveryTarget } from "../../domain/choose-delivery-target.js";
import type { ChannelLinkRecord } from "../../store/channel-links-repository.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { LiaisonContact, SurveyRecord } from "../../store/surveys-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";

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
  const questions = `${survey.questions.length} question${survey.questions.length === 1 ? "" : "s"}`;
  const message = new MessageBuilder(`Survey: ${survey.title}`, "public")
    .text(`${partnership.name} would like your view: ${questions}, a couple of minutes.`)
    .text(survey.anonymous ? "It is anonymous: your answers are stored without your name." : "")
    .buttons([{ action: "survey.start", value: String(survey.id), label: "Answer the survey", style: "primary" }])
    .build();
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
