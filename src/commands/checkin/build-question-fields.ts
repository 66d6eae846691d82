import type { CheckInQuestionRecord } from "../../store/check-in-questions-repository.js";
import type { FormField } from "../../ui/reply.js";

/** The partnership's own questions for one person's check-in, and what they answered so far this round. */
export interface CheckInQuestionsData {
  questions: readonly CheckInQuestionRecord[];
  previous: ReadonlyMap<number, string>;
}

/** The field id of the answer to a partnership's own question in the check-in form. */
export function questionFieldId(questionId: number): string {
  return `question-${questionId}`;
}

/**
 * A partnership's own questions as check-in fields, all optional like the standard ones after the
 * status (a weekly check-in should never be held up by one question).
 */
export function buildQuestionFields(data: CheckInQuestionsData): FormField[] {
  return data.questions.map((question): FormField => {
    const base = { id: questionFieldId(question.id), label: question.prompt, required: false, initial: data.previous.get(question.id) || undefined };
    switch (question.kind) {
      case "scale":
        return { ...base, kind: "scale", placeholder: "1 = low, 5 = high" };
      case "choice":
        return { ...base, kind: "choice", options: question.options.map((option) => ({ value: option, label: option })) };
      case "number":
        return { ...base, kind: "number", placeholder: "a number, such as 12" };
      case "text":
        return { ...base, kind: "long", maxLength: 3000 };
    }
  });
}
