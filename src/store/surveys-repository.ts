import type { SurveyQuestionKind } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";

export interface SurveyQuestionRecord {
  id: number;
  position: number;
  kind: SurveyQuestionKind;
  prompt: string;
  /** For choice questions, in the order given. */
  options: string[];
}

export interface SurveyRecord {
  id: number;
  partnershipId: number;
  title: string;
  anonymous: boolean;
  /** "draft" while questions are added, "open" once sent. */
  status: string;
  sentAt: Date | null;
  questions: SurveyQuestionRecord[];
}

export interface LiaisonContact {
  personId: number;
  displayName: string;
  identities: { platform: string; workspaceId: string; userId: string }[];
}

interface Change {
  partnershipId: number;
  actorId: number;
  at: Date;
}

function parseOptions(stored: string): string[] {
  return stored === "" ? [] : (JSON.parse(stored) as string[]);
}

/** Surveys and their questions; answers live in SurveyResponsesRepository. */
export class SurveysRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  async create(input: Change & { title: string; anonymous: boolean }): Promise<{ id: number }> {
    return this.db.$transaction(async (tx) => {
      const data = { partnershipId: input.partnershipId, title: input.title, anonymous: input.anonymous, createdById: input.actorId };
      const created = await tx.survey.create({ data: { ...data, createdAt: input.at }, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "survey", entityId: created.id, after: data });
      return created;
    });
  }

  async find(surveyId: number): Promise<SurveyRecord | null> {
    const survey = await this.db.survey.findUnique({
      where: { id: surveyId },
      select: {
        id: true, partnershipId: true, title: true, anonymous: true, status: true, sentAt: true,
        questions: { orderBy: { position: "asc" }, select: { id: true, position: true, kind: true, prompt: true, options: true } },
      },
    });
    if (survey === null) return null;
    return {
      ...survey,
      questions: survey.questions.map((question) => ({ ...question, kind: question.kind as SurveyQuestionKind, options: parseOptions(question.options) })),
    };
  }

  /** Adds a question at the end of a draft survey; null when the survey was sent meanwhile. */
  async addQuestion(input: Change & { surveyId: number; kind: SurveyQuestionKind; prompt: string; options: string[] }): Promise<{ position: number } | null> {
    return this.db.$transaction(async (tx) => {
      const survey = await tx.survey.findUnique({ where: { id: input.surveyId }, select: { status: true } });
      if (survey?.status !== "draft") return null;
      const last = await tx.surveyQuestion.findFirst({ where: { surveyId: input.surveyId }, orderBy: { position: "desc" }, select: { position: true } });
      const data = { surveyId: input.surveyId, position: (last?.position ?? 0) + 1, kind: input.kind, prompt: input.prompt, options: input.options.length > 0 ? JSON.stringify(input.options) : "" };
      const created = await tx.surveyQuestion.create({ data, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "survey-question", entityId: created.id, after: data });
      return { position: data.position };
    });
  }

  /** Opens the survey and queues its invitations in one transaction; how many invitations are new. */
  async send(input: Change & { surveyId: number; invitations: EnqueueInput[] }): Promise<number> {
    return this.db.$transaction(async (tx) => {
      await tx.survey.updateMany({ where: { id: input.surveyId, status: "draft" }, data: { status: "open", sentAt: input.at } });
      let added = 0;
      for (const invitation of input.invitations) if (await this.outbox.enqueue(invitation, tx)) added++;
      await recordAudit(tx, {
        partnershipId: input.partnershipId,
        actorId: input.actorId,
        action: "send",
        entity: "survey",
        entityId: input.surveyId,
        after: { status: "open", invited: input.invitations.map((invitation) => invitation.personId) },
      });
      return added;
    });
  }

  /** The partnership's liaisons, each once, with the chat identities they can be reached at. */
  async listLiaisonContacts(partnershipId: number): Promise<LiaisonContact[]> {
    const liaisons = await this.db.liaison.findMany({
      where: { partner: { partnershipId } },
      orderBy: { id: "asc" },
      select: { person: { select: { id: true, displayName: true, identities: { orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, userId: true } } } } },
    });
    const byPerson = new Map<number, LiaisonContact>();
    for (const { person } of liaisons) byPerson.set(person.id, { personId: person.id, displayName: person.displayName, identities: person.identities });
    return [...byPerson.values()];
  }
}
