import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export type ConnectOutcome = "connected" | "unknown" | "expired" | "same-person" | "has-history";

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

  /**
   * Joins `identity` (and any other identity of its person) to the code's person. A person with a
   * history of their own (a role, a check-in, a survey answer) is not merged: that needs a human.
   */
  async redeem(code: string, identity: IdentityKey, now: Date): Promise<ConnectOutcome> {
    return this.db.$transaction(async (tx) => {
      const found = await tx.connectCode.findUnique({ where: { code } });
      if (found === null) return "unknown";
      if (found.expiresAt < now) {
        await tx.connectCode.delete({ where: { id: found.id } });
        return "expired";
      }
      const current = await tx.chatIdentity.findUniqueOrThrow({ where: { platform_workspaceId_userId: identity } });
      const [from, to] = [current.personId, found.personId];
      if (from === to) return "same-person";
      const history = await Promise.all([
        tx.liaison.count({ where: { personId: from } }),
        tx.coordinator.count({ where: { personId: from } }),
        tx.charterRatification.count({ where: { personId: from } }),
        tx.checkInResponse.count({ where: { personId: from } }),
        tx.surveyParticipation.count({ where: { personId: from } }),
        tx.surveyResponse.count({ where: { respondentId: from } }),
      ]);
      if (history.some((count) => count > 0)) return "has-history";
      await tx.reflection.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.metricReading.updateMany({ where: { recordedById: from }, data: { recordedById: to } });
      await tx.prompt.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.absence.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.auditEntry.updateMany({ where: { actorId: from }, data: { actorId: to } });
      await tx.chatIdentity.updateMany({ where: { personId: from }, data: { personId: to } });
      await tx.connectCode.deleteMany({ where: { personId: from } });
      await tx.connectCode.delete({ where: { id: found.id } });
      await tx.person.delete({ where: { id: from } });
      await recordAudit(tx, { partnershipId: null, actorId: to, action: "connect", entity: "person", entityId: to, before: { personId: from }, after: { personId: to, identity } });
      return "connected";
    });
  }
}
