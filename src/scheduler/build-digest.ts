import { assessPartnership } from "../domain/assess-partnership.js";
import { describeMetricFigures } from "../domain/describe-metric-figures.js";
import { labelOf } from "../domain/vocabulary.js";
import type { DigestData } from "../store/digest-repository.js";
import type { EnqueueInput } from "../store/outbox-repository.js";
import { MessageBuilder } from "../ui/message-builder.js";
import type { OutboundMessage } from "../ui/reply.js";
import { chooseDeliveryTarget } from "../domain/choose-delivery-target.js";
import { partnershipUrl } from "../commands/dashboard/partnership-url.js";
import { describeQuestionAnswers } from "../commands/checkin/describe-question-answers.js";

const MAX_REFLECTIONS = 10;
const MAX_REFLECTION_LENGTH = 400;

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

/** The closing digest: who answered, health, highlights, blockers, needs, metrics, reflections, silence. */
export function buildDigest(data: DigestData, now: Date, publicUrl?: string): OutboundMessage {
  const { partnership, round, answers, snapshot } = data;
  const assessment = assessPartnership(snapshot, now, partnership.timezone);
  const answeredIds = new Set(answers.map((answer) => answer.personId));
  const missing = data.prompted.filter((person) => !answeredIds.has(person.personId)).map((person) => person.name);
  const expected = Math.max(data.prompted.length, answers.length);
  const message = new MessageBuilder(`${partnership.name}: check-in digest, week of ${round.period}`, "public")
    .fields([
      { label: "Health", value: labelOf(assessment.health) },
      { label: "Answered", value: `${answers.length} of ${expected}${answers.length > 0 ? ` (${answers.map((answer) => answer.name).join(", ")})` : ""}` },
      ...(missing.length > 0 ? [{ label: "No answer yet", value: missing.join(", ") }] : []),
    ])
    .list("Why", assessment.reasons)
    .list("Status", answers.map((answer) => `${answer.name}: ${labelOf(answer.status)}`))
    .list("Highlights", answers.filter((answer) => answer.highlights !== "").map((answer) => `${answer.name}: ${answer.highlights}`))
    .list("Blockers", answers.filter((answer) => answer.blockers !== "").map((answer) => `${answer.name}: ${answer.blockers}`))
    .list("Needs", answers.filter((answer) => answer.needs !== "").map((answer) => `${answer.name}: ${answer.needs}`));
  for (const question of describeQuestionAnswers(data.questions)) message.list(question.title, question.items);
  snapshot.metrics.forEach((metric, index) => message.progress(metric.name, assessment.metricProgress[index]!, describeMetricFigures(metric)));
  const reflections = data.reflections.slice(0, MAX_REFLECTIONS).map((reflection) => `${reflection.author}: ${shorten(reflection.body, MAX_REFLECTION_LENGTH)}`);
  if (data.reflections.length > MAX_REFLECTIONS) reflections.push(`and ${data.reflections.length - MAX_REFLECTIONS} more: /partner reflections ${partnership.handle}`);
  message.list("Reflections", reflections);
  message.list(`No answer in the last ${data.roundsConsidered} rounds`, data.silent);
  message.context(`The week of ${round.period} is closed. Type /partner status ${partnership.handle} for the full picture.`);
  if (publicUrl !== undefined) message.context(`This round on the web: ${partnershipUrl(publicUrl, partnership.handle, `round-${round.period}`)}`);
  return { message: message.build(), mentions: [] };
}

/** One digest per linked "updates" channel; with none linked, one to each liaison where they get prompts. */
export function digestDeliveries(data: DigestData, now: Date, publicUrl?: string): EnqueueInput[] {
  const message = buildDigest(data, now, publicUrl);
  const base = { kind: "digest" as const, partnershipId: data.partnership.id, roundId: data.round.id, message, at: now };
  const channels = data.audience.links.filter((link) => link.purpose === "updates");
  if (channels.length > 0) {
    return channels.map((link) => ({ ...base, dedupeKey: `digest:${data.round.id}:${link.platform}:${link.channelId}`, platform: link.platform, workspaceId: link.workspaceId, target: `channel:${link.channelId}` }));
  }
  const audience = { ...data.audience, blackouts: [], absences: [] };
  return data.audience.liaisons.flatMap((liaison) => {
    const delivery = chooseDeliveryTarget(audience, liaison);
    if (delivery === null) return [];
    return [{ ...base, dedupeKey: `digest:${data.round.id}:${delivery.platform}:${delivery.target}`, personId: liaison.personId, platform: delivery.platform, workspaceId: delivery.workspaceId, target: delivery.target }];
  });
}
