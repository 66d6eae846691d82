import type { MessageBuilder } from "../../ui/message-builder.js";
import type { CommandContext } from "../command-context.js";
import { compareBeforeAfter, type Side } from "./compare-before-after.js";
import type { SurveyRecord } from "../../store/surveys-repository.js";

function formatSide(name: string, side: Side): string {
  if (!side.shown) return `${name}: hidden until ${side.minResponses} have answered (${side.responseCount} so far)`;
  if (side.average === null) return `${name}: no answers yet`;
  return `${name} ${side.average.toFixed(1)} (${side.answerCount} answer${side.answerCount === 1 ? "" : "s"})`;
}

function formatChange(change: number | null): string {
  if (change === null) return "";
  const rounded = Number(change.toFixed(1));
  return `, change ${rounded > 0 ? "+" : ""}${rounded.toFixed(1)}`;
}

/**
 * For a survey in a pre/post pair, a "Before and after" section: per scale and number question,
 * both averages, how many answered each, and the change; each side hidden below its minimum.
 */
export async function describeBeforeAfter(context: CommandContext, survey: SurveyRecord, message: MessageBuilder): Promise<void> {
  let pair: { before: SurveyRecord; after: SurveyRecord } | null = null;
  if (survey.afterSurveyId !== null) {
    const before = await context.store.surveys.find(survey.afterSurveyId);
    if (before !== null) pair = { before, after: survey };
  } else {
    const afterIds = await context.store.surveys.findAfter(survey.id);
    const after = afterIds.length === 0 ? null : await context.store.surveys.find(afterIds[afterIds.length - 1]!);
    if (after !== null) pair = { before: survey, after };
  }
  if (pair === null) return;
  const [beforeData, afterData] = await Promise.all([context.store.surveyResponses.load(pair.before.id), context.store.surveyResponses.load(pair.after.id)]);
  const rows = compareBeforeAfter(pair.before, beforeData, pair.after, afterData);
  message.divider().text(`Before and after: survey #${pair.before.id} (${beforeData.responseCount} responses) and #${pair.after.id} (${afterData.responseCount} responses)`);
  message.list(
    undefined,
    rows.map((row) => `${row.position}. ${row.prompt}: ${formatSide("before", row.before)}, ${formatSide("after", row.after)}${formatChange(row.change)}`),
    "No scale or number questions to compare.",
  );
}
