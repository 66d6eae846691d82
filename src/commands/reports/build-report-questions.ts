import type { PartnershipReportData } from "../../store/report-repository.js";
import type { ReportQuestion } from "../../ui/reports/report.js";

/** A text question's report shows this many of its answers; the rest are counted. */
export const REPORT_TEXT_ANSWERS = 3;

/** Each of the partnership's own questions, reduced to its figures over the range. */
export function buildReportQuestions(questions: PartnershipReportData["questions"], dayOf: (instant: Date) => string): ReportQuestion[] {
  return questions.map((question) => {
    const numbers = question.answers.flatMap((answer) => (answer.numberValue === null ? [] : [answer.numberValue]));
    const numeric = question.kind === "scale" || question.kind === "number";
    const picked = question.answers.flatMap((answer) => (answer.textValue === null ? [] : [answer.textValue]));
    // An option taken out of the question since still counts the answers that chose it.
    const options = question.kind === "choice" ? [...question.options, ...new Set(picked.filter((value) => !question.options.includes(value)))] : [];
    return {
      prompt: question.prompt,
      kind: question.kind,
      answers: question.answers.length,
      average: numeric && numbers.length > 0 ? numbers.reduce((sum, value) => sum + value, 0) / numbers.length : null,
      choices: options.map((option) => ({ option, count: picked.filter((value) => value === option).length })),
      recent:
        question.kind === "text"
          ? question.answers.slice(0, REPORT_TEXT_ANSWERS).map((answer) => ({ on: dayOf(answer.submittedAt), person: answer.person, text: answer.textValue ?? "" }))
          : [],
      removedOn: question.removedAt === null ? null : dayOf(question.removedAt),
    };
  });
}
