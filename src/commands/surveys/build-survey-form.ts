import type { SurveyRecord } from "../../store/surveys-repository.js";
import type { Form, FormField } from "../../ui/reply.js";

export const SURVEY_FORM_ID = "survey";

/** The field id of a question's answer in the survey form. */
export function questionFieldId(questionId: number): string {
  return `q-${questionId}`;
}

/** The survey as a form: a 1-5 scale, a single choice, a number or a free text per question. */
export function buildSurveyForm(survey: SurveyRecord): Form {
  const fields = survey.questions.map((question): FormField => {
    const base = { id: questionFieldId(question.id), label: question.prompt };
    switch (question.kind) {
      case "scale":
        return { ...base, kind: "scale", required: true, placeholder: "1 = not at all, 5 = completely" };
      case "choice":
        return { ...base, kind: "choice", required: true, options: question.options.map((option) => ({ value: option, label: option })) };
      case "number":
        return { ...base, kind: "number", required: true, placeholder: "a number, such as 12" };
      case "text":
        return { ...base, kind: "long", required: false, maxLength: 3000 };
    }
  });
  return {
    kind: "form",
    formId: SURVEY_FORM_ID,
    context: String(survey.id),
    title: survey.anonymous ? `${survey.title} (anonymous)` : survey.title,
    submitLabel: "Send answers",
    fields,
  };
}
