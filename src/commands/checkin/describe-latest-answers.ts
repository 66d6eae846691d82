import { calendarDateIn } from "../../domain/calendar-date.js";
import type { LatestQuestionAnswers } from "../../store/check-in-questions-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import { formatCheckInAnswer } from "./format-check-in-answer.js";

const TEXT_LIMIT = 80;

const shorten = (text: string) => (text.length <= TEXT_LIMIT ? text : `${text.slice(0, TEXT_LIMIT - 1).trimEnd()}…`);

/** One line per question for `status`: a single answer as given, several as an average, counts per option, or the latest text. */
function describeQuestion(question: LatestQuestionAnswers["questions"][number]): string {
  const { answers } = question;
  if (answers.length === 0) return `${question.prompt}: not answered`;
  if (answers.length === 1) return `${question.prompt}: ${shorten(formatCheckInAnswer(question.kind, answers[0]!))} (${answers[0]!.name})`;
  if (question.kind === "scale" || question.kind === "number") {
    const numbers = answers.map((answer) => answer.numberValue ?? 0);
    const average = formatNumber(numbers.reduce((sum, value) => sum + value, 0) / numbers.length);
    return `${question.prompt}: average ${average}${question.kind === "scale" ? " of 5" : ""} from ${answers.length} answers`;
  }
  if (question.kind === "choice") {
    const counts = new Map<string, number>();
    for (const answer of answers) counts.set(answer.textValue ?? "", (counts.get(answer.textValue ?? "") ?? 0) + 1);
    return `${question.prompt}: ${[...counts].map(([option, count]) => `${option} ${count}`).join(", ")}`;
  }
  const last = answers.at(-1)!;
  return `${question.prompt}: ${answers.length} answers, latest "${shorten(last.textValue ?? "")}" (${last.name})`;
}

/** The "Check-in questions" list of `status`, or null when the partnership asks none of its own. */
export function describeLatestAnswers(latest: LatestQuestionAnswers, timeZone: string): { title: string; items: string[] } | null {
  if (latest.questions.length === 0) return null;
  if (latest.submittedAt === null) return { title: "Check-in questions", items: [] };
  const when = latest.round ?? calendarDateIn(latest.submittedAt, timeZone);
  return { title: `Check-in questions (${when})`, items: latest.questions.map(describeQuestion) };
}
