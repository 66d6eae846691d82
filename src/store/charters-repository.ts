import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export interface CharterRecord {
  id: number;
  version: number;
  sharedGoal: string;
  expectations: string;
  createdAt: Date;
  createdBy: string | null;
  ratifications: { personId: number; displayName: string; ratifiedAt: Date }[];
}

export interface CharterText {
  sharedGoal: string;
  expectations: string;
}

/** The charter: versioned; a ratification belongs to one version, so a new version needs new ones. */
export class ChartersRepository {
  constructor(private readonly db: Database) {}

  /** The latest version with its ratifications, or null when the partnership has no charter yet. */
  async findCurrent(partnershipId: number): Promise<CharterRecord | null> {
    const row = await this.db.charter.findFirst({
      where: { partnershipId },
      orderBy: { version: "desc" },
      include: { ratifications: { orderBy: { ratifiedAt: "asc" }, include: { person: { select: { displayName: true } } } } },
    });
    if (row === null) return null;
    const createdBy = row.createdById === null ? null : await this.db.person.findUnique({ where: { id: row.createdById }, select: { displayName: true } });
    return {
      id: row.id,
      version: row.version,
      sharedGoal: row.sharedGoal,
      expectations: row.expectations,
      createdAt: row.createdAt,
      createdBy: createdBy?.displayName ?? null,
      ratifications: row.ratifications.map((ratification) => ({ personId: ratification.personId, displayName: ratification.person.displayName, ratifiedAt: ratification.ratifiedAt })),
    };
  }

  /** Writes the next version; null when someone else wrote that version at the same moment. */
  async createVersion(partnershipId: number, text: CharterText, actorId: number, at: Date): Promise<{ version: number } | null> {
    try {
      return await this.db.$transaction(async (tx) => {
        const previous = await tx.charter.findFirst({ where: { partnershipId }, orderBy: { version: "desc" }, select: { version: true, sharedGoal: true, expectations: true } });
        const version = (previous?.version ?? 0) + 1;
        const charter = await tx.charter.create({ data: { partnershipId, version, ...text, createdById: actorId, createdAt: at } });
        await recordAudit(tx, {
          partnershipId,
          actorId,
          action: "create",
          entity: "charter",
          entityId: charter.id,
          before: previous ?? undefined,
          after: { version, ...text },
        });
        return { version };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /** Records the person's ratification of one version; false when they had already ratified it. */
  async ratify(partnershipId: number, charterId: number, personId: number, at: Date): Promise<boolean> {
    try {
      return await this.db.$transaction(async (tx) => {
        const existing = await tx.charterRatification.findUnique({ where: { charterId_personId: { charterId, personId } } });
        if (existing !== null) return false;
        const ratification = await tx.charterRatification.create({ data: { charterId, personId, ratifiedAt: at } });
        await recordAudit(tx, { partnershipId, actorId: personId, action: "create", entity: "charter-ratification", entityId: ratification.id, after: { charterId } });
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false; // ratified twice at once
      throw error;
    }
  }
}
