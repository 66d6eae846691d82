import type { SurveyQuestionKind } from "../../domain/vocabulary.js";

const KIND_LABELS: Record<SurveyQuestionKind, string> = { scale: "1-5 scale", choice: "single choice", number: "number", text: "text" };

/** "Equipment and kits (single choice: All working, Some need repair)" */
export function describeQuestion(question: { kind: SurveyQuestionKind; prompt: string; options: readonly string[] }): string {
  return `${question.prompt} (${KIND_LABELS[question.kind]}${question.options.length > 0 ? `: ${question.options.join(", ")}` : ""})`;
}
