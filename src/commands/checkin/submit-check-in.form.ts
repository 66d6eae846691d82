import { z } from "zod";
import { CHECK_IN_STATUSES, labelOf } from "../../domain/vocabulary.js";
import { UserError } from "../../errors.js";
import type { FormHandler } from "../../forms/interaction-handlers.js";
import { matchChoice } from "../../forms/match-choice.js";
import { NUMBER_RANGE, numberTextSchema, readRecordId } from "../argument-schemas.js";
import type { CheckInQuestionRecord } from "../../store/check-in-questions-repository.js";
import type { CheckInAnswerInput } from "../../store/check-ins-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import { CHECK_IN_FORM_ID, CHECK_IN_METRIC_LIMIT, describeOtherMetrics, metricFieldId } from "./build-check-in-form.js";
import { refuseArchived } from "../refuse-archived.js";
import { formatCheckInAnswer } from "./format-check-in-answer.js";
import { readQuestionAnswers } from "./read-question-answers.js";

const LongText = z.string().trim().max(3000, "Keep this under 3000 characters.").default("");
const STATUS_OPTIONS = CHECK_IN_STATUSES.map((status) => ({ value: status, label: labelOf(status) }));
const ValuesSchema = z.object({
  status: z.preprocess(
    (value) => (typeof value === "string" ? (matchChoice(STATUS_OPTIONS, value)?.value ?? value) : value),
    z.enum(CHECK_IN_STATUSES, { message: "Pick how the partnership is doing: on track, at risk or off track." }),
  ),
  highlights: LongText,
  blockers: LongText,
  needs: LongText,
});
const ReadingSchema = numberTextSchema("Enter a number, such as 42 or 3.5.", `Enter a number ${NUMBER_RANGE}.`);
const DAMAGED = "That form is damaged. Open the check-in again.";

/** "partnership:round" (round empty outside a round), each a bounded id; anything else is damaged. */
function readFormContext(formContext: string): { partnershipId: number; roundId: number | null } {
  const match = /^(\d+):(\d+)?$/.exec(formContext);
  const partnershipId = match === null ? null : readRecordId(match[1]!);
  const roundId = match?.[2] === undefined ? null : readRecordId(match[2]);
  if (partnershipId === null || (match?.[2] !== undefined && roundId === null)) throw new UserError("bad-arguments", DAMAGED);
  return { partnershipId, roundId };
}

/** Each answered question of the partnership's own, as the saved check-in shows it back. */
function describeAnswers(questions: readonly CheckInQuestionRecord[], answers: readonly CheckInAnswerInput[]): { label: string; value: string }[] {
  return questions.flatMap((question) => {
    const answer = answers.find((given) => given.questionId === question.id);
    return answer === undefined ? [] : [{ label: question.prompt, value: formatCheckInAnswer(question.kind, answer) }];
  });
}

export const submitCheckInForm: FormHandler = {
  formId: CHECK_IN_FORM_ID,
  async handle(formContext, values, context) {
    const { partnershipId, roundId } = readFormContext(formContext);
    const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
    const partnership = await context.store.partnerships.findVisibleById(workspace, partnershipId);
    if (partnership === null) throw new UserError("not-found", "That partnership is not available here any more.");
    await context.access.requireChange(partnership);
    refuseArchived(partnership, "check-ins");
    if (roundId !== null) {
      const round = await context.store.checkIns.findRound(roundId);
      if (round === null || round.partnershipId !== partnership.id) throw new UserError("not-found", "That check-in round no longer exists.");
      if (round.status !== "open") {
        throw new UserError("closed", `The ${round.period} round closed, so this check-in was not saved. Send a fresh one with /partner checkin ${partnership.handle}.`);
      }
    }

    const errors: Record<string, string> = {};
    const parsed = ValuesSchema.safeParse(values);
    if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    const readings: { metricId: number; value: number }[] = [];
    const metricIds = await context.store.checkIns.metricIds(partnership.id);
    for (const metricId of metricIds) {
      const raw = values[metricFieldId(metricId)];
      if (raw === undefined || raw.trim() === "") continue;
      const reading = ReadingSchema.safeParse(raw);
      if (reading.success) readings.push({ metricId, value: reading.data });
      else errors[metricFieldId(metricId)] = reading.error.issues[0]!.message;
    }
    const questions = await context.store.checkInQuestions.list(partnership.id);
    const own = readQuestionAnswers(questions, values);
    Object.assign(errors, own.errors);
    if (!parsed.success || Object.keys(errors).length > 0) return { kind: "form-errors", errors };

    const { status, highlights, blockers, needs } = parsed.data;
    const saved = await context.store.checkIns.record({
      partnershipId: partnership.id,
      roundId,
      personId: context.person.id,
      status,
      highlights,
      blockers,
      needs,
      readings,
      answers: own.answers,
      source: context.actor.platform,
      at: context.clock.now(),
    });
    const reply = new MessageBuilder(saved.replaced ? "Check-in updated" : "Check-in saved")
      .text(`Thanks, ${context.person.displayName}. ${partnership.name} is ${labelOf(status)} in your view.`)
      .fields([
        ...(highlights ? [{ label: "Highlights", value: highlights }] : []),
        ...(blockers ? [{ label: "Blockers", value: blockers }] : []),
        ...(needs ? [{ label: "Needs", value: needs }] : []),
        ...(readings.length > 0 ? [{ label: "Metric readings", value: `${readings.length} recorded` }] : []),
        ...describeAnswers(questions, own.answers),
      ]);
    if (metricIds.length > CHECK_IN_METRIC_LIMIT) reply.context(describeOtherMetrics(metricIds.length, partnership.handle));
    return reply.build();
  },
};
