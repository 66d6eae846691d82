import type { SurveyAnswers } from "../../store/survey-responses-repository.js";
import type { SurveyRecord } from "../../store/surveys-repository.js";
import { summarizeSurveyAnswers } from "./summarize-survey-answers.js";

/** One side of a question: its average and how many answered, or hidden below the anonymity minimum. */
export type Side = { shown: true; average: number | null; answerCount: number; responseCount: number } | { shown: false; responseCount: number; minResponses: number };

export interface BeforeAfterRow {
  position: number;
  prompt: string;
  before: Side;
  after: Side;
  /** After minus before, when both sides show an average. */
  change: number | null;
}

function side(survey: SurveyRecord, data: SurveyAnswers, position: number): Side {
  // The minimum applies to each side: one side's few answers could be picked out on their own.
  if (survey.anonymous && data.responseCount < survey.minResponses) return { shown: false, responseCount: data.responseCount, minResponses: survey.minResponses };
  const summary = summarizeSurveyAnswers(survey.questions, data, survey.anonymous).find((candidate) => candidate.question.position === position);
  return { shown: true, average: summary?.average ?? null, answerCount: summary?.answerCount ?? 0, responseCount: data.responseCount };
}

/** Per scale or number question (matched by position), the before and after averages and the change. */
export function compareBeforeAfter(before: SurveyRecord, beforeData: SurveyAnswers, after: SurveyRecord, afterData: SurveyAnswers): BeforeAfterRow[] {
  return after.questions
    .filter((question) => question.kind === "scale" || question.kind === "number")
    .map((question) => {
      const rowBefore = side(before, beforeData, question.position);
      const rowAfter = side(after, afterData, question.position);
      const change = rowBefore.shown && rowAfter.shown && rowBefore.average !== null && rowAfter.average !== null ? rowAfter.average - rowBefore.average : null;
      return { position: question.position, prompt: question.prompt, before: rowBefore, after: rowAfter, change };
    });
}
