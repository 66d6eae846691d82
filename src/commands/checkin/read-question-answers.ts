import type { CheckInQuestionRecord } from "../../store/check-in-questions-repository.js";
import type { CheckInAnswerInput } from "../../store/check-ins-repository.js";
import { surveyAnswerSchema } from "../surveys/survey-answer-schema.js";
import { questionFieldId } from "./build-question-fields.js";

/** The answers to the partnership's own questions in a submitted check-in (blank ones skipped), and a message per field that is wrong. */
export function readQuestionAnswers(questions: readonly CheckInQuestionRecord[], values: Record<string, string>): { answers: CheckInAnswerInput[]; errors: Record<string, string> } {
  const answers: CheckInAnswerInput[] = [];
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const raw = values[questionFieldId(question.id)];
    if (raw === undefined || raw.trim() === "") continue;
    const answer = surveyAnswerSchema(question).safeParse(raw);
    if (answer.success) answers.push(answer.data);
    else errors[questionFieldId(question.id)] = answer.error.issues[0]!.message;
  }
  return { answers, errors };
}
