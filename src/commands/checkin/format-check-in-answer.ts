import type { SurveyQuestionKind } from "../../domain/vocabulary.js";
import { formatNumber } from "../../ui/format-number.js";

/** An answer to a partnership's own question as summaries show it: "4 of 5", "12", or the text. */
export function formatCheckInAnswer(kind: SurveyQuestionKind, answer: { numberValue: number | null; textValue: string | null }): string {
  if (answer.numberValue === null) return answer.textValue ?? "";
  return kind === "scale" ? `${formatNumber(answer.numberValue)} of 5` : formatNumber(answer.numberValue);
}
