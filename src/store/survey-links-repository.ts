import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { SurveyAnswerInput } from "./survey-responses-repository.js";

export interface SurveyLinkRecord {
  id: number;
  surveyId: number;
  label: string;
  expected: number | null;
  closesOn: string | null;
  answerCount: number;
  revokedAt: Date | null;
  overflowReportedAt: Date | null;
}

export interface LinkPartnership {
  id: number;
  platform: string;
  workspaceId: string;
  handle: string;
  name: string;
  timezone: string;
}

export interface LinkAnswerSubmission {
  linkId: number;
  surveyId: number;
  /** A day, not an instant, as for every anonymous answer. */
  submittedOn: string;
  answers: SurveyAnswerInput[];
  /** The link takes no answer past this many (three times its expected count); null: no limit. */
  limit: number | null;
}

const SELECT = { id: true, surveyId: true, label: true, expected: true, closesOn: true, answerCount: true, revokedAt: true, overflowReportedAt: true } as const;

/**
 * Survey links and the answers that come through them. The store keeps the token's hash only, and
 * a link answer keeps no respondent, no link, no address and no user agent: only `source = "link"`.
 */
export class SurveyLinksRepository {
  constructor(private readonly db: Database) {}

  /** A new link for a survey; the caller keeps the token, the store its SHA-256. */
  async create(input: { surveyId: number; partnershipId: number; tokenHash: string; label: string; expected: number | null; closesOn: string | null; actorId: number; at: Date }): Promise<SurveyLinkRecord> {
    return this.db.$transaction(async (tx) => {
      const data = { surveyId: input.surveyId, label: input.label, expected: input.expected, closesOn: input.closesOn, createdById: input.actorId };
      const created = await tx.surveyLink.create({ data: { ...data, tokenHash: input.tokenHash, createdAt: input.at }, select: SELECT });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "survey-link", entityId: created.id, after: data });
      return created;
    });
  }

  /** The link whose token hashes to this, with its survey's partnership (a link has no workspace), or null. */
  async findByTokenHash(tokenHash: string): Promise<(SurveyLinkRecord & { partnership: LinkPartnership }) | null> {
    const found = await this.db.surveyLink.findUnique({
      where: { tokenHash },
      select: { ...SELECT, survey: { select: { partnership: { select: { id: true, platform: true, workspaceId: true, handle: true, name: true, timezone: true } } } } },
    });
    if (found === null) return null;
    const { survey, ...link } = found;
    return { ...link, partnership: survey.partnership };
  }

  /** One link of a survey, with its partnership. */
  async findInSurvey(surveyId: number, linkId: number): Promise<(SurveyLinkRecord & { partnership: LinkPartnership }) | null> {
    const found = await this.db.surveyLink.findFirst({ where: { id: linkId, surveyId }, select: { tokenHash: true } });
    return found === null ? null : this.findByTokenHash(found.tokenHash);
  }

  /** A survey's links, oldest first. */
  async list(surveyId: number): Promise<SurveyLinkRecord[]> {
    return this.db.surveyLink.findMany({ where: { surveyId }, orderBy: { id: "asc" }, select: SELECT });
  }

  /** Revokes a link of this survey; false when there is none (or it was revoked already). */
  async revoke(input: { surveyId: number; linkId: number; partnershipId: number; actorId: number; at: Date }): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.surveyLink.updateMany({ where: { id: input.linkId, surveyId: input.surveyId, revokedAt: null }, data: { revokedAt: input.at } });
      if (count > 0) await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "revoke", entity: "survey-link", entityId: input.linkId, after: { revokedAt: input.at } });
      return count > 0;
    });
  }

  /**
   * Stores one anonymous answer through a link, counting it on the link in the same transaction:
   * "closed" or "full" (nothing stored) when the survey closed, the link was revoked, or it has
   * taken `limit` answers. The one conditional update decides, so a close is never raced past.
   */
  async submit(input: LinkAnswerSubmission): Promise<"saved" | "full" | "closed"> {
    return this.db.$transaction(async (tx) => {
      const open = { id: input.linkId, revokedAt: null, survey: { is: { status: "open" } } };
      const where = input.limit === null ? open : { ...open, answerCount: { lt: input.limit } };
      const { count } = await tx.surveyLink.updateMany({ where, data: { answerCount: { increment: 1 } } });
      if (count === 0) {
        const link = await tx.surveyLink.findFirst({ where: open, select: { id: true } });
        return link === null ? "closed" : "full";
      }
      await tx.surveyResponse.create({ data: { surveyId: input.surveyId, respondentId: null, source: "link", submittedOn: input.submittedOn, answers: { create: input.answers } }, select: { id: true } });
      return "saved";
    });
  }

  /** Marks that the liaisons were told the link is full; true only the first time. */
  async markOverflowReported(linkId: number, at: Date): Promise<boolean> {
    const { count } = await this.db.surveyLink.updateMany({ where: { id: linkId, overflowReportedAt: null }, data: { overflowReportedAt: at } });
    return count > 0;
  }
}
