import type { Clock } from "../../../clock.js";
import { chooseDeliveryTarget } from "../../../domain/choose-delivery-target.js";
import type { Store } from "../../../store/create-store.js";
import type { SurveyRecord } from "../../../store/surveys-repository.js";
import { MessageBuilder } from "../../../ui/message-builder.js";
import { LINK_OVERFLOW_FACTOR } from "./survey-link-limit.js";

/**
 * Tells each liaison, once per link, that a link refused answers past three times its expected
 * count: the link may have been shared beyond its class. Routed like survey invitations.
 */
export async function notifyLinkOverflow(store: Store, clock: Clock, survey: SurveyRecord, linkId: number): Promise<void> {
  const link = await store.surveyLinks.findInSurvey(survey.id, linkId);
  if (link === null) return;
  const at = clock.now();
  if (!(await store.surveyLinks.markOverflowReported(linkId, at))) return;
  const partnership = { ...link.partnership, status: "", programModels: [] };
  const liaisons = await store.surveys.listLiaisonContacts(partnership.id);
  const links = await store.channelLinks.list(partnership.id, "updates");
  const name = link.label === "" ? `link ${link.id}` : `link ${link.id} (${link.label})`;
  const message = new MessageBuilder(`Survey #${survey.id}: ${name} is full`, "public")
    .text(`"${survey.title}" ${name} has taken ${link.answerCount} answers, ${LINK_OVERFLOW_FACTOR} times the ${link.expected} expected, and now refuses more.`)
    .text("It may have been shared beyond its group. Nothing that was refused is stored.")
    .context(`Revoke it with /partner survey link ${survey.id} --revoke ${link.id}, and make a new one for the group if needed.`)
    .build();
  const audience = { partnership, liaisons, links, blackouts: [], absences: [] };
  for (const liaison of liaisons) {
    const delivery = chooseDeliveryTarget(audience, liaison);
    if (delivery === null) continue;
    await store.outbox.enqueue({
      dedupeKey: `survey-link-full:${link.id}:${liaison.personId}`,
      kind: "survey",
      partnershipId: partnership.id,
      personId: liaison.personId,
      platform: delivery.platform,
      workspaceId: delivery.workspaceId,
      target: delivery.target,
      message: { message, mentions: delivery.target.startsWith("channel:") ? [delivery.userId] : [] },
      at,
    });
  }
}
