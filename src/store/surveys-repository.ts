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
  /** An anonymous survey shows no results below this many responses. */
  minResponses: number;
  /** "draft" while questions are added, "open" once sent or given a link, "closed" after `survey close`. */
  status: string;
  sentAt: Date | null;
  /** The "before" survey when this is the "after" of a pre/post pair. */
  afterSurveyId: number | null;
  questions: SurveyQuestionRecord[];
}

export interface LiaisonContact {
  personId: number;
  displayName: string;
  identities: { platform: string; workspaceId: string; userId: string }[];
}

/** A channel a survey was posted to for everyone in it. */
export interface SurveyChannelRecord {
  platform: string;
  workspaceId: string;
  channelId: string;
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

  /** A draft survey, with these questions already in it (a template's, or the "before" survey's). */
  async create(input: Change & { title: string; anonymous: boolean; minResponses: number; afterSurveyId?: number; questions?: { kind: SurveyQuestionKind; prompt: string; options: string[] }[] }): Promise<{ id: number }> {
    return this.db.$transaction(async (tx) => {
      const data = { partnershipId: input.partnershipId, title: input.title, anonymous: input.anonymous, minResponses: input.minResponses, createdById: input.actorId, afterSurveyId: input.afterSurveyId ?? null };
      const questions = (input.questions ?? []).map((question, index) => ({ position: index + 1, kind: question.kind, prompt: question.prompt, options: question.options.length > 0 ? JSON.stringify(question.options) : "" }));
      const created = await tx.survey.create({ data: { ...data, createdAt: input.at, questions: { create: questions } }, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "survey", entityId: created.id, after: data });
      return created;
    });
  }

  async find(surveyId: number): Promise<SurveyRecord | null> {
    const survey = await this.db.survey.findUnique({
      where: { id: surveyId },
      select: {
        id: true, partnershipId: true, title: true, anonymous: true, minResponses: true, status: true, sentAt: true, afterSurveyId: true,
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

  /**
   * Opens the survey, records who it was sent to (people, or channels for everyone in them) and
   * queues its invitations, in one transaction; how many invitations are new.
   */
  async send(input: Change & { surveyId: number; invitations: EnqueueInput[]; recipients: number[]; channels: SurveyChannelRecord[] }): Promise<number> {
    return this.db.$transaction(async (tx) => {
      await tx.survey.updateMany({ where: { id: input.surveyId, status: "draft" }, data: { status: "open", sentAt: input.at } });
      const surveyId = input.surveyId;
      for (const personId of input.recipients) {
        await tx.surveyRecipient.upsert({ where: { surveyId_personId: { surveyId, personId } }, create: { surveyId, personId }, update: {} });
      }
      for (const channel of input.channels) {
        const key = { surveyId_platform_workspaceId_channelId: { surveyId, ...channel } };
        await tx.surveyChannel.upsert({ where: key, create: { surveyId, ...channel }, update: {} });
      }
      let added = 0;
      for (const invitation of input.invitations) if (await this.outbox.enqueue(invitation, tx)) added++;
      await recordAudit(tx, {
        partnershipId: input.partnershipId,
        actorId: input.actorId,
        action: "send",
        entity: "survey",
        entityId: input.surveyId,
        after: { status: "open", invited: input.recipients, channels: input.channels },
      });
      return added;
    });
  }

  /** Opens a draft survey without inviting anyone (a link is its audience). */
  async open(surveyId: number, at: Date): Promise<void> {
    await this.db.survey.updateMany({ where: { id: surveyId, status: "draft" }, data: { status: "open", sentAt: at } });
  }

  /** Ends a survey on every channel and link at once; false when it was closed already. */
  async close(input: Change & { surveyId: number }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.survey.updateMany({ where: { id: input.surveyId, status: { not: "closed" } }, data: { status: "closed", closedAt: input.at } });
      if (count > 0) await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "close", entity: "survey", entityId: input.surveyId, after: { status: "closed" } });
      return count > 0;
    });
  }

  /**
   * Undoes `close`: the survey takes answers again in chat and on its links (those not revoked or past
   * their last day). A survey closed before it was ever sent or linked goes back to draft. The status
   * it has now, or null when it was not closed.
   */
  async reopen(input: Change & { surveyId: number }): Promise<"open" | "draft" | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.survey.findFirst({ where: { id: input.surveyId, status: "closed" }, select: { closedAt: true, sentAt: true } });
      if (before === null) return null;
      const status = before.sentAt === null ? "draft" : "open";
      const { count } = await tx.survey.updateMany({ where: { id: input.surveyId, status: "closed" }, data: { status, closedAt: null } });
      if (count === 0) return null;
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "reopen", entity: "survey", entityId: input.surveyId, before: { status: "closed", closedAt: before.closedAt }, after: { status } });
      return status;
    });
  }

  /** The "after" surveys of this one (pre/post pairs). */
  async findAfter(surveyId: number): Promise<number[]> {
    const found = await this.db.survey.findMany({ where: { afterSurveyId: surveyId }, orderBy: { id: "asc" }, select: { id: true } });
    return found.map((survey) => survey.id);
  }

  /**
   * Whether the person may answer: the survey was sent to them, or to everyone in a channel of the
   * workspace they are asking from.
   */
  async isAddressedTo(surveyId: number, personId: number, workspace: { platform: string; workspaceId: string }): Promise<boolean> {
    const [recipient, channel] = await Promise.all([
      this.db.surveyRecipient.findUnique({ where: { surveyId_personId: { surveyId, personId } }, select: { id: true } }),
      this.db.surveyChannel.findFirst({ where: { surveyId, ...workspace }, select: { id: true } }),
    ]);
    return recipient !== null || channel !== null;
  }

  /** Who the survey went to: how many people, and the channels it went to for everyone in them. */
  async describeAudience(surveyId: number): Promise<{ recipientCount: number; channels: SurveyChannelRecord[] }> {
    const [recipientCount, channels] = await Promise.all([
      this.db.surveyRecipient.count({ where: { surveyId } }),
      this.db.surveyChannel.findMany({ where: { surveyId }, orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, channelId: true } }),
    ]);
    return { recipientCount, channels };
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
