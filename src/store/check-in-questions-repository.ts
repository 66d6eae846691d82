import type { SurveyQuestionKind } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { PREPARED } from "./prepared-statements.js";
import type { Queryable } from "./transaction.js";

/** A question of the partnership's own, as asked: `position` is its number in `question list`. */
export interface CheckInQuestionRecord {
  id: number;
  position: number;
  kind: SurveyQuestionKind;
  prompt: string;
  options: string[];
}

/** The questions still asked, with the answers of the latest round that answered any (or of one check-in outside rounds). */
export interface LatestQuestionAnswers {
  /** The round's period, or the check-in's instant outside rounds; null before any answer. */
  round: string | null;
  submittedAt: Date | null;
  questions: { prompt: string; kind: SurveyQuestionKind; answers: { name: string; numberValue: number | null; textValue: string | null }[] }[];
}

export interface NewCheckInQuestion {
  kind: SurveyQuestionKind;
  prompt: string;
  options: string[];
}

interface Change {
  partnershipId: number;
  actorId: number;
}

/** A partnership asks at most this many questions of its own in each check-in (see build-check-in-form.ts). */
export const MAX_CHECK_IN_QUESTIONS = 10;

const COLUMNS = { id: true, position: true, kind: true, prompt: true, options: true } as const;

function toRecord(row: { id: number; position: number; kind: string; prompt: string; options: string }): CheckInQuestionRecord {
  return { ...row, kind: row.kind as SurveyQuestionKind, options: row.options === "" ? [] : (JSON.parse(row.options) as string[]) };
}

/** The questions still asked, in order: a prepared statement, since every `status` and check-in form reads them. */
async function activeOf(db: Queryable, partnershipId: number) {
  const rows = await db.$queryRaw<{ id: number | bigint; position: number | bigint; kind: string; prompt: string; options: string }[]>`${PREPARED}
    SELECT "id", "position", "kind", "prompt", "options" FROM "CheckInQuestion" WHERE "partnershipId" = ${partnershipId} AND "removedAt" IS NULL ORDER BY "position", "id"`;
  return rows.map((row) => ({ ...row, id: Number(row.id), position: Number(row.position) }));
}

/** Adds questions after the partnership's others, each audited, inside the caller's transaction. */
export async function addCheckInQuestions(tx: Queryable, change: Change, questions: readonly NewCheckInQuestion[]): Promise<CheckInQuestionRecord[]> {
  const last = await tx.checkInQuestion.findFirst({ where: { partnershipId: change.partnershipId, removedAt: null }, orderBy: { position: "desc" }, select: { position: true } });
  const added: CheckInQuestionRecord[] = [];
  for (const [index, question] of questions.entries()) {
    const data = { partnershipId: change.partnershipId, position: (last?.position ?? 0) + index + 1, kind: question.kind, prompt: question.prompt, options: question.options.length > 0 ? JSON.stringify(question.options) : "" };
    const created = await tx.checkInQuestion.create({ data, select: COLUMNS });
    await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "create", entity: "check-in-question", entityId: created.id, after: { ...question, position: data.position } });
    added.push(toRecord(created));
  }
  return added;
}

/** The partnership's own check-in questions, and the answers people gave them. */
export class CheckInQuestionsRepository {
  constructor(private readonly db: Database) {}

  /** The questions still asked, in order. */
  async list(partnershipId: number): Promise<CheckInQuestionRecord[]> {
    return (await activeOf(this.db, partnershipId)).map(toRecord);
  }

  /** Adds a question at the end; null when the partnership already asks the most it may. */
  async add(change: Change, question: NewCheckInQuestion): Promise<CheckInQuestionRecord | null> {
    return this.db.$transaction(async (tx) => {
      const count = await tx.checkInQuestion.count({ where: { partnershipId: change.partnershipId, removedAt: null } });
      if (count >= MAX_CHECK_IN_QUESTIONS) return null;
      const [added] = await addCheckInQuestions(tx, change, [question]);
      return added!;
    });
  }

  /** How many check-ins answered this question. */
  async countAnswers(questionId: number): Promise<number> {
    return this.db.checkInAnswer.count({ where: { questionId } });
  }

  /**
   * Stops asking a question and numbers the others again; its answers stay with their check-ins.
   * False when it was removed meanwhile.
   */
  async remove(change: Change & { questionId: number; at: Date }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const removed = await tx.checkInQuestion.updateMany({ where: { id: change.questionId, partnershipId: change.partnershipId, removedAt: null }, data: { removedAt: change.at } });
      if (removed.count === 0) return false;
      const remaining = await activeOf(tx, change.partnershipId);
      await renumber(tx, remaining.map((question) => question.id));
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "delete", entity: "check-in-question", entityId: change.questionId, before: { removedAt: null }, after: { removedAt: change.at } });
      return true;
    });
  }

  /** Moves a question to `position` (1-based) among the questions asked; false when it is no longer asked. */
  async move(change: Change & { questionId: number; position: number }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const questions = await activeOf(tx, change.partnershipId);
      const moving = questions.find((question) => question.id === change.questionId);
      if (moving === undefined) return false;
      const order = questions.filter((question) => question !== moving);
      order.splice(Math.min(change.position, questions.length) - 1, 0, moving);
      await renumber(tx, order.map((question) => question.id));
      await recordAudit(tx, { partnershipId: change.partnershipId, actorId: change.actorId, action: "update", entity: "check-in-question", entityId: moving.id, before: { position: moving.position }, after: { position: change.position } });
      return true;
    });
  }

  /** For `status`: the answers to the questions still asked in the latest check-ins that answered them. */
  async findLatestAnswers(partnershipId: number): Promise<LatestQuestionAnswers> {
    const questions = await activeOf(this.db, partnershipId);
    if (questions.length === 0) return { round: null, submittedAt: null, questions: [] };
    const ids = questions.map((question) => question.id);
    const latest = await this.db.checkInResponse.findFirst({
      where: { partnershipId, answers: { some: { questionId: { in: ids } } } },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true, roundId: true, submittedAt: true, round: { select: { period: true } } },
    });
    const answers =
      latest === null
        ? []
        : await this.db.checkInAnswer.findMany({
            where: { questionId: { in: ids }, response: latest.roundId === null ? { id: latest.id } : { roundId: latest.roundId } },
            orderBy: [{ response: { submittedAt: "asc" } }, { id: "asc" }],
            select: { questionId: true, numberValue: true, textValue: true, response: { select: { person: { select: { displayName: true } } } } },
          });
    return {
      round: latest?.round?.period ?? null,
      submittedAt: latest?.submittedAt ?? null,
      questions: questions.map((question) => ({
        prompt: question.prompt,
        kind: question.kind as SurveyQuestionKind,
        answers: answers.filter((answer) => answer.questionId === question.id).map((answer) => ({ name: answer.response.person.displayName, numberValue: answer.numberValue, textValue: answer.textValue })),
      })),
    };
  }

  /** What the person answered to the partnership's questions in this round so far, by question id, as a form shows it again. */
  async findAnswers(roundId: number, personId: number): Promise<Map<number, string>> {
    const answers = await this.db.checkInAnswer.findMany({ where: { response: { roundId, personId } }, select: { questionId: true, numberValue: true, textValue: true } });
    return new Map(answers.map((answer) => [answer.questionId, answer.textValue ?? (answer.numberValue === null ? "" : String(answer.numberValue))]));
  }
}

async function renumber(tx: Queryable, ids: readonly number[]): Promise<void> {
  for (const [index, id] of ids.entries()) await tx.checkInQuestion.update({ where: { id }, data: { position: index + 1 } });
}
