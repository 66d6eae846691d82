import type { SurveyAnswerProblem } from "../../../ports/survey-links.js";
import type { SurveyAnswerInput } from "../../../store/survey-responses-repository.js";
import type { SurveyRecord } from "../../../store/surveys-repository.js";
import { questionFieldId } from "../build-survey-form.js";
import { surveyAnswerSchema } from "../survey-answer-schema.js";

const PROBLEM_OF_KIND = { scale: "scale", number: "number", choice: "choice", text: "too-long" } as const;

/** The same rules as the chat form, with each problem as a code the web page words in its language. */
export function readLinkAnswers(survey: SurveyRecord, values: Record<string, string>): { answers: SurveyAnswerInput[]; problems: Record<string, SurveyAnswerProblem> } {
  const answers: SurveyAnswerInput[] = [];
  const problems: Record<string, SurveyAnswerProblem> = {};
  for (const question of survey.questions) {
    const field = questionFieldId(question.id);
    const value = values[field];
    const parsed = surveyAnswerSchema(question).safeParse(value);
    if (parsed.success) {
      if (parsed.data.numberValue !== null || parsed.data.textValue !== null) answers.push(parsed.data);
    } else {
      problems[field] = value === undefined || value.trim() === "" ? "missing" : PROBLEM_OF_KIND[question.kind];
    }
  }
  return { answers, problems };
}
