import { UserError } from "../../errors.js";
import type { CheckInQuestionRecord } from "../../store/check-in-questions-repository.js";

/** The question with this number in `question list`; an unknown number says which there are. */
export function getCheckInQuestion(questions: readonly CheckInQuestionRecord[], number: number, handle: string): CheckInQuestionRecord {
  const question = questions.find((candidate) => candidate.position === number);
  if (question !== undefined) return question;
  if (questions.length === 0) throw new UserError("not-found", `${handle} asks no questions of its own yet. Add one with /partner question add ${handle} <kind> <question>.`);
  const range = questions.length === 1 ? "question 1" : `questions 1 to ${questions.length}`;
  throw new UserError("not-found", `${handle} has no question ${number}: it has ${range}. Type /partner question list ${handle} to see them.`);
}
