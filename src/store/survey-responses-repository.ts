import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export interface SurveyAnswerInput {
  questionId: number;
  numberValue: number | null;
  textValue: string | null;
}

export interface SurveySubmission {
  surveyId: number;
  partnershipId: number;
  personId: number;
  anonymous: boolean;
  /** A day, not an instant: an anonymous answer must not be traceable by its time. */
  submittedOn: string;
  answers: SurveyAnswerInput[];
}

export interface SurveyAnswers {
  responseCount: number;
  /** How many responses came from chat and how many from survey links. */
  bySource: { chat: number; link: number };
  answers: { questionId: number; numberValue: number | null; textValue: string | null; respondent: string | null }[];
}

/**
 * Survey answers. Who took part (SurveyParticipation) is stored apart from what they answered
 * (SurveyResponse), so an anonymous survey keeps the first without linking it to the second.
 */
export class SurveyResponsesRepository {
  constructor(private readonly db: Database) {}

  async hasParticipated(surveyId: number, personId: number): Promise<boolean> {
    const found = await this.db.surveyParticipation.findUnique({ where: { surveyId_personId: { surveyId, personId } }, select: { id: true } });
    return found !== null;
  }

  /** Stores the participation, the response and its answers in one transaction; false when the person had answered already. */
  async submit(input: SurveySubmission): Promise<boolean> {
    if (await this.hasParticipated(input.surveyId, input.personId)) return false;
    try {
      await this.db.$transaction(async (tx) => {
        await tx.surveyParticipation.create({ data: { surveyId: input.surveyId, personId: input.personId } });
        const response = await tx.surveyResponse.create({
          data: {
            surveyId: input.surveyId,
            respondentId: input.anonymous ? null : input.personId,
            submittedOn: input.submittedOn,
            answers: { create: input.answers },
          },
          select: { id: true },
        });
        // An anonymous answer is audited without its author or its content.
        await recordAudit(tx, {
          partnershipId: input.partnershipId,
          actorId: input.anonymous ? null : input.personId,
          action: "create",
          entity: "survey-response",
          entityId: input.anonymous ? input.surveyId : response.id,
          after: input.anonymous ? { surveyId: input.surveyId, anonymous: true } : { surveyId: input.surveyId, answers: input.answers },
        });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false; // a second submit raced the first
      throw error;
    }
  }

  async load(surveyId: number): Promise<SurveyAnswers> {
    const [linkCount, responseCount, answers] = await Promise.all([
      this.db.surveyResponse.count({ where: { surveyId, source: "link" } }),
      this.db.surveyResponse.count({ where: { surveyId } }),
      this.db.surveyAnswer.findMany({
        where: { response: { surveyId } },
        orderBy: { id: "asc" },
        select: { questionId: true, numberValue: true, textValue: true, response: { select: { respondent: { select: { displayName: true } } } } },
      }),
    ]);
    return {
      responseCount,
      bySource: { chat: responseCount - linkCount, link: linkCount },
      answers: answers.map((answer) => ({
        questionId: answer.questionId,
        numberValue: answer.numberValue,
        textValue: answer.textValue,
        respondent: answer.response.respondent?.displayName ?? null,
      })),
    };
  }
}
