import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { Transaction } from "./transaction.js";

export type ConnectOutcome = "connected" | "unknown" | "expired" | "same-person" | "has-history";

/** Whom a code would join the redeeming account to, so it can confirm before anything changes. */
export interface ConnectPreview {
  outcome: ConnectOutcome;
  /** When the outcome is "connected": the code's person and where they are known. */
  joins?: { displayName: string; identities: { platform: string; workspaceId: string }[] };
}

export type DisconnectOutcome = "disconnected" | "last-identity";

export interface IdentityKey {
  platform: string;
  workspaceId: string;
  userId: string;
}

/**
 * One person, several chat identities: a code made on one platform, typed on another, joins the
 * second identity to the first one's person, so a liaison in Slack is the same liaison in Discord.
 */
export class ConnectCodesRepository {
  constructor(private readonly db: Database) {}

  /** Stores a new code for the person, replacing any earlier one. */
  async create(personId: number, code: string, expiresAt: Date): Promise<void> {
    await this.db.$transaction([this.db.connectCode.deleteMany({ where: { personId } }), this.db.connectCode.create({ data: { code, personId, expiresAt } })]);
  }

  /** What redeeming the code would do, without doing it (an expired code is still deleted). */
  async preview(code: string, identity: IdentityKey, now: Date): Promise<ConnectPreview> {
    return this.db.$transaction(async (tx) => {
      const checked = await this.check(tx, code, identity, now);
      if (checked.outcome !== "connected") return { outcome: checked.outcome };
      const person = await tx.person.findUniqueOrThrow({
        where: { id: checked.to },
        select: { displayName: true, identities: { orderBy: { id: "asc" }, select: { platform: true, workspaceId: true } } },
      });
      return { outcome: "connected", joins: person };
    });
  }

  private async check(tx: Transaction, code: string, identity: IdentityKey, now: Date): Promise<{ outcome: ConnectOutcome; from: number; to: number; codeId: number }> {
    const found = await tx.connectCode.findUnique({ where: { code } });
    if (found === null) return { outcome: "unknown", from: 0, to: 0, codeId: 0 };
    if (found.expiresAt < now) {
      await tx.connectCode.delete({ where: { id: found.id } });
      return { outcome: "expired", from: 0, to: 0, codeId: found.id };
    }
    const current = await tx.chatIdentity.findUniqueOrThrow({ where: { platform_workspaceId_userId: identity } });
    const [from, to] = [current.personId, found.personId];
    if (from === to) return { outcome: "same-person", from, to, codeId: found.id };
    const history = await Promise.all([
      tx.liaison.count({ where: { personId: from } }),
      tx.coordinator.count({ where: { personId: from } }),
      tx.charterRatification.count({ where: { personId: from } }),
      tx.checkInResponse.count({ where: { personId: from } }),
      tx.surveyParticipation.count({ where: { personId: from } }),
      tx.surveyResponse.count({ where: { respondentId: from } }),
    ]);
    return { outcome: history.some((count) => count > 0) ? "has-history" : "connected", from, to, codeId: found.id };
  }

  /**
   * Splits the identity off into a person of its own, who keeps nothing: roles, answers and prompts
   * stay with the other identities. Refused for a person's only identity (there is nothing to split).
   */
  async disconnect(identity: IdentityKey): Promise<DisconnectOutcome> {
    return this.db.$transaction(async (tx) => {
      const current = await tx.chatIdentity.findUniqueOrThrow({ where: { platform_workspaceId_userId: identity } });
      const identities = await tx.chatIdentity.count({ where: { personId: current.personId } });
      if (identities <= 1) return "last-identity";
      const person = await tx.person.create({ data: { displayName: current.displayName || current.userId }, select: { id: true } });
      await tx.chatIdentity.update({ where: { id: current.id }, data: { personId: person.id } });
      await recordAudit(tx, { partnershipId: null, actorId: current.personId, action: "disconnect", entity: "person", entityId: person.id, before: { personId: current.personId }, after: { personId: person.id, identity } });
      return "disconnected";
    });
  }

  /**
   * Joins `identity` (and any other identity of its person) to the code's person. A person with a
   * history of their own (a role, a check-in, a survey answer) is not merged: that needs a human.
   */
  async redeem(code: string, identity: IdentityKey, now: Date): Promise<ConnectOutcome> {
    return this.db.$transaction(async (tx) => {
      const { outcome, from, to, codeId } = await this.check(tx, code, identity, now);
      if (outcome !== "connected") return outcome;
      // Survey invitations follow the person; one they both had stays once.
      const shared = await tx.surveyRecipient.findMany({ where: { personId: to }, select: { surveyId: true } });
      await tx.surveyRecipient.deleteMany({ where: { personId: from, surveyId: { in: shared.map((row) => row.surveyId) } } });
      await tx.surveyRecipient.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.reflection.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.metricReading.updateMany({ where: { recordedById: from }, data: { recordedById: to } });
      await tx.prompt.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.absence.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.auditEntry.updateMany({ where: { actorId: from }, data: { actorId: to } });
      await tx.chatIdentity.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.connectCode.deleteMany({ where: { personId: from } });
      await tx.connectCode.delete({ where: { id: codeId } });
      await tx.person.delete({ where: { id: from } });
      await recordAudit(tx, { partnershipId: null, actorId: to, action: "connect", entity: "person", entityId: to, before: { personId: from }, after: { personId: to, identity } });
      return "connected";
    });
  }
}
