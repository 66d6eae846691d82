import { z } from "zod";
import { NUMBER_RANGE, numberTextSchema } from "../argument-schemas.js";
import { matchChoice } from "../../forms/match-choice.js";
import type { SurveyQuestionRecord } from "../../store/surveys-repository.js";
import type { SurveyAnswerInput } from "../../store/survey-responses-repository.js";

const MISSING = "Answer this question.";

/** Blank answers count as missing; the rest arrive trimmed. */
function answered<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.trim()) : value), schema);
}

/** The zod schema of one question's raw form value, producing what is stored. */
export function surveyAnswerSchema(question: SurveyQuestionRecord): z.ZodType<SurveyAnswerInput> {
  const questionId = question.id;
  switch (question.kind) {
    case "scale":
      return answered(z.string({ error: MISSING }).regex(/^[1-5]$/, "Pick a whole number from 1 to 5.")).transform((value) => ({ questionId, numberValue: Number(value), textValue: null }));
    case "number":
      return answered(z.string({ error: MISSING }).pipe(numberTextSchema("Enter a number, such as 12 or 3.5.", `Enter a number ${NUMBER_RANGE}.`))).transform((numberValue) => ({ questionId, numberValue, textValue: null }));
    case "choice":
      return answered(z.string({ error: MISSING })).transform((value, context) => {
        const option = matchChoice(question.options.map((choice) => ({ value: choice, label: choice })), value)?.value;
        if (option === undefined) {
          context.addIssue({ code: "custom", message: `Pick one of: ${question.options.join(", ")}.` });
          return z.NEVER;
        }
        return { questionId, numberValue: null, textValue: option };
      });
    case "text":
      return answered(z.string().max(3000, "Keep this under 3000 characters.").optional()).transform((value) => ({ questionId, numberValue: null, textValue: value ?? null }));
  }
}
