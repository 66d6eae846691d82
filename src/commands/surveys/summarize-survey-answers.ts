import type { SurveyAnswers } from "../../store/survey-responses-repository.js";
import type { SurveyQuestionRecord } from "../../store/surveys-repository.js";

export interface Bucket {
  label: string;
  count: number;
}

export interface QuestionSummary {
  question: SurveyQuestionRecord;
  answerCount: number;
  average: number | null;
  /** For scale, number and choice questions: how many answers fell in each bucket. */
  distribution: Bucket[];
  /** For text questions. */
  texts: string[];
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Numbers: one bucket per value when few distinct values, else five equal ranges from min to max. */
function numberBuckets(values: number[]): Bucket[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= 6) return distinct.map((value) => ({ label: formatValue(value), count: values.filter((candidate) => candidate === value).length }));
  const [min, max] = [distinct[0]!, distinct[distinct.length - 1]!];
  const width = (max - min) / 5;
  return Array.from({ length: 5 }, (_, index) => {
    const from = min + width * index;
    const to = index === 4 ? max : min + width * (index + 1);
    const count = values.filter((value) => value >= from && (index === 4 ? value <= to : value < to)).length;
    return { label: `${formatValue(from)}-${formatValue(to)}`, count };
  });
}

/**
 * Aggregates per question. Anonymous text answers are sorted, so their order (the order people
 * answered in) says nothing about who wrote them.
 */
export function summarizeSurveyAnswers(questions: readonly SurveyQuestionRecord[], data: SurveyAnswers, anonymous: boolean): QuestionSummary[] {
  return questions.map((question) => {
    const answers = data.answers.filter((answer) => answer.questionId === question.id);
    const numbers = answers.map((answer) => answer.numberValue).filter((value): value is number => value !== null);
    const average = numbers.length === 0 ? null : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    const texts = answers.filter((answer) => answer.textValue !== null);
    let distribution: Bucket[] = [];
    if (question.kind === "scale") distribution = [5, 4, 3, 2, 1].map((value) => ({ label: `Rated ${value}`, count: numbers.filter((number) => number === value).length }));
    if (question.kind === "number") distribution = numberBuckets(numbers);
    if (question.kind === "choice") distribution = question.options.map((option) => ({ label: option, count: texts.filter((answer) => answer.textValue === option).length }));
    const written =
      question.kind !== "text"
        ? []
        : anonymous
          ? texts.map((answer) => answer.textValue!).sort((a, b) => a.localeCompare(b))
          : texts.map((answer) => (answer.respondent === null ? answer.textValue! : `${answer.respondent}: ${answer.textValue}`));
    return { question, answerCount: question.kind === "scale" || question.kind === "number" ? numbers.length : texts.length, average, distribution, texts: written };
  });
}
