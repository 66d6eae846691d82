import type { SurveyQuestionKind } from "../../domain/vocabulary.js";
import { formatNumber } from "../../ui/format-number.js";
import { formatCheckInAnswer } from "./format-check-in-answer.js";

interface AnsweredQuestion {
  prompt: string;
  kind: SurveyQuestionKind;
  answers: readonly { name: string; numberValue: number | null; textValue: string | null }[];
}

/** One list per question of the partnership's own: the question (with the average of a scale or number) and who answered what. */
export function describeQuestionAnswers(questions: readonly AnsweredQuestion[]): { title: string; items: string[] }[] {
  return questions.map((question) => {
    const numbers = question.answers.flatMap((answer) => (answer.numberValue === null ? [] : [answer.numberValue]));
    const average = numbers.length > 1 ? ` (average ${formatNumber(numbers.reduce((sum, value) => sum + value, 0) / numbers.length)})` : "";
    return { title: `${question.prompt}${average}`, items: question.answers.map((answer) => `${answer.name}: ${formatCheckInAnswer(question.kind, answer)}`) };
  });
}
