import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { ERASED_ID, FORGOTTEN_PERSON_NAME, scrubStoredJson, scrubText, type PersonalData } from "./scrub-personal-data.js";
import type { Transaction } from "./transaction.js";

/** What forgetting a person takes away, for the confirmation. */
export interface ErasurePreview {
  identities: { platform: string; workspaceId: string }[];
  /** Handles of the partnerships they are a liaison of. */
  liaisonOf: string[];
  coordinatorRoles: number;
  reflections: number;
  absences: number;
  signIns: number;
  /** Check-ins and survey answers, which stay in the figures under FORGOTTEN_PERSON_NAME. */
  checkIns: number;
  surveyAnswers: number;
}

export interface ErasureInput {
  personId: number;
  actorId: number;
  at: Date;
}

/** The ids of rows whose text names the person: only these are read and rewritten. */
function mentioning<Column extends string>(columns: readonly Column[], data: PersonalData) {
  const needles = [...data.names, ...data.userIds].filter((needle) => needle.trim() !== "");
  return { OR: columns.flatMap((column) => needles.map((needle) => ({ [column]: { contains: needle } }))) } as Record<string, unknown>;
}

/**
 * Forgetting a person (`forget`): their identities, names, chat profiles, sign-ins, roles,
 * reflections and out-of-office dates go; their Person row stays as a nameless tombstone so their
 * check-ins and answers keep counting; every stored text that named them is scrubbed.
 */
export class PersonErasureRepository {
  constructor(private readonly db: Database) {}

  async preview(personId: number): Promise<ErasurePreview> {
    const [identities, liaisons, coordinatorRoles, reflections, absences, signIns, sessions, checkIns, surveyAnswers] = await Promise.all([
      this.db.chatIdentity.findMany({ where: { personId }, orderBy: { id: "asc" }, select: { platform: true, workspaceId: true } }),
      this.db.liaison.findMany({ where: { personId }, orderBy: { id: "asc" }, select: { partner: { select: { partnership: { select: { handle: true } } } } } }),
      this.db.coordinator.count({ where: { personId } }),
      this.db.reflection.count({ where: { personId } }),
      this.db.absence.count({ where: { personId } }),
      this.db.signInLink.count({ where: { identity: { personId } } }),
      this.db.webSession.count({ where: { identity: { personId } } }),
      this.db.checkInResponse.count({ where: { personId } }),
      this.db.surveyResponse.count({ where: { respondentId: personId } }),
    ]);
    const liaisonOf = [...new Set(liaisons.map((liaison) => liaison.partner.partnership.handle))];
    return { identities, liaisonOf, coordinatorRoles, reflections, absences, signIns: signIns + sessions, checkIns, surveyAnswers };
  }

  /** Forgets the person in one transaction; false when there was nobody left to forget. */
  async erase(input: ErasureInput): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const person = await tx.person.findUnique({ where: { id: input.personId }, select: { displayName: true, identities: { select: { id: true, userId: true, displayName: true } } } });
      if (person === null || person.identities.length === 0) return false;
      const data: PersonalData = {
        names: [person.displayName, ...person.identities.map((identity) => identity.displayName ?? "")].filter((name) => name !== FORGOTTEN_PERSON_NAME),
        userIds: person.identities.map((identity) => identity.userId),
      };
      const touched = await this.endRolesAndContent(tx, input.personId);
      await this.scrubOutbox(tx, input.personId, data);
      await this.scrubAudit(tx, data);
      const identityIds = person.identities.map((identity) => identity.id);
      await tx.signInLink.deleteMany({ where: { identityId: { in: identityIds } } });
      await tx.webSession.deleteMany({ where: { identityId: { in: identityIds } } });
      await tx.chatIdentity.deleteMany({ where: { personId: input.personId } });
      await tx.person.update({ where: { id: input.personId }, data: { displayName: FORGOTTEN_PERSON_NAME } });
      // The fact, not the data: who forgot whom (by id) and when, and how much went.
      const after = { erased: true, liaisonRolesEnded: touched.liaisonRoles, reflectionsRemoved: touched.reflections.length, identitiesRemoved: identityIds.length };
      await recordAudit(tx, { partnershipId: null, actorId: input.actorId, action: "person.erase", entity: "person", entityId: input.personId, after });
      for (const partnershipId of touched.partnershipIds) {
        await recordAudit(tx, { partnershipId, actorId: input.actorId, action: "person.erase", entity: "person", entityId: input.personId, after: { erased: true } });
      }
      return true;
    });
  }

  /** Ends liaison and coordinator roles; removes reflections, out-of-office dates and connect codes. */
  private async endRolesAndContent(tx: Transaction, personId: number): Promise<{ liaisonRoles: number; reflections: number[]; partnershipIds: number[] }> {
    const liaisons = await tx.liaison.findMany({ where: { personId }, select: { id: true, partner: { select: { partnershipId: true } } } });
    const reflections = await tx.reflection.findMany({ where: { personId }, select: { id: true, partnershipId: true } });
    await tx.liaison.deleteMany({ where: { personId } });
    await tx.coordinator.deleteMany({ where: { personId } });
    await tx.reflection.deleteMany({ where: { personId } });
    await tx.absence.deleteMany({ where: { personId } });
    await tx.connectCode.deleteMany({ where: { personId } });
    // A reflection's audit entries held its words: they keep only that it was there.
    const reflectionIds = reflections.map((reflection) => String(reflection.id));
    if (reflectionIds.length > 0) await tx.auditEntry.updateMany({ where: { entity: "reflection", entityId: { in: reflectionIds } }, data: { before: null, after: JSON.stringify({ erased: true }) } });
    const partnershipIds = [...new Set([...liaisons.map((liaison) => liaison.partner.partnershipId), ...reflections.map((reflection) => reflection.partnershipId)])];
    return { liaisonRoles: liaisons.length, reflections: reflections.map((reflection) => reflection.id), partnershipIds };
  }

  /**
   * Their own prompts stop (nothing more goes to them, no reminder) and lose their address; every
   * queued or sent message that named them (digests, channel prompts) is scrubbed.
   */
  private async scrubOutbox(tx: Transaction, personId: number, data: PersonalData): Promise<void> {
    await tx.prompt.updateMany({ where: { personId, answeredAt: null, status: { in: ["pending", "sent"] } }, data: { status: "skipped", error: "the person was forgotten", claimedBy: null, claimedUntil: null } });
    await tx.prompt.updateMany({ where: { personId, target: { startsWith: "user:" } }, data: { target: `user:${ERASED_ID}` } });
    const rows = await tx.prompt.findMany({ where: mentioning(["payload", "error", "target"], data), select: { id: true, payload: true, error: true, target: true } });
    for (const row of rows) {
      await tx.prompt.update({
        where: { id: row.id },
        data: { payload: scrubStoredJson(row.payload, data), error: row.error === null ? null : scrubText(row.error, data), target: scrubText(row.target, data) },
      });
    }
  }

  /** Audit entries keep who did what by id; names and user ids in their before/after go. */
  private async scrubAudit(tx: Transaction, data: PersonalData): Promise<void> {
    const rows = await tx.auditEntry.findMany({ where: mentioning(["before", "after"], data), select: { id: true, before: true, after: true } });
    for (const row of rows) {
      await tx.auditEntry.update({
        where: { id: row.id },
        data: { before: row.before === null ? null : scrubStoredJson(row.before, data), after: row.after === null ? null : scrubStoredJson(row.after, data) },
      });
    }
  }
}
