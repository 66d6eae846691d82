import { recordAudit } from "./audit-repository.js";
import { personNameOf } from "./person-name.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { isUniqueViolation } from "./is-unique-violation.js";

/** A person as commands name them: display name and their user ids in the partnership's workspace. */
export interface NamedPerson {
  personId: number;
  displayName: string;
  userIds: string[];
}

export interface PartnerRecord {
  id: number;
  organizationId: number;
  organizationName: string;
  kind: string;
  role: string;
  commitments: string;
  liaisons: (NamedPerson & { liaisonId: number })[];
}

export interface NewPartner {
  partnershipId: number;
  workspace: Workspace;
  organizationName: string;
  kind: string;
  role?: string;
  commitments?: string;
}

export type AddPartnerOutcome =
  | { outcome: "added" | "updated"; organization: { name: string; kind: string; created: boolean } }
  | { outcome: "unchanged"; organization: { name: string; kind: string; created: false } };

/** The organisations in a partnership, their role and commitments, and their liaisons. */
export class PartnersRepository {
  constructor(private readonly db: Database) {}

  /** Partners in the order they joined, each with liaisons and their user ids in `workspace`. */
  async list(partnershipId: number, workspace: Workspace): Promise<PartnerRecord[]> {
    const rows = await this.db.partner.findMany({
      where: { partnershipId },
      orderBy: { id: "asc" },
      include: {
        organization: { select: { name: true, kind: true } },
        liaisons: {
          orderBy: { id: "asc" },
          include: { person: { select: { displayName: true, identities: { where: workspace, orderBy: { id: "asc" }, select: { userId: true, displayName: true } } } } },
        },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      organizationId: row.organizationId,
      organizationName: row.organization.name,
      kind: row.organization.kind,
      role: row.role,
      commitments: row.commitments,
      liaisons: row.liaisons.map((liaison) => ({
        liaisonId: liaison.id,
        personId: liaison.personId,
        displayName: personNameOf(liaison.person),
        userIds: liaison.person.identities.map((identity) => identity.userId),
      })),
    }));
  }

  /**
   * Adds an organisation (found by name in the workspace, ignoring case, or created) as a partner.
   * An existing partner gets the role and commitments given; nothing given means nothing changes.
   */
  async add(input: NewPartner, actorId: number): Promise<AddPartnerOutcome> {
    return this.db.$transaction(async (tx) => {
      const { platform, workspaceId } = input.workspace;
      const wanted = input.organizationName.toLowerCase();
      const exact = await tx.organization.findUnique({ where: { platform_workspaceId_name: { platform, workspaceId, name: input.organizationName } } });
      // SQLite and PostgreSQL compare case differently; match names ignoring case on our side.
      const known = exact ?? (await tx.organization.findMany({ where: { platform, workspaceId } })).find((row) => row.name.toLowerCase() === wanted);
      const organization =
        known ??
        (await tx.organization.upsert({
          where: { platform_workspaceId_name: { platform, workspaceId, name: input.organizationName } },
          create: { platform, workspaceId, name: input.organizationName, kind: input.kind },
          update: {},
        }));
      const created = known === undefined;
      if (created) {
        await recordAudit(tx, { partnershipId: input.partnershipId, actorId, action: "create", entity: "organization", entityId: organization.id, after: { name: organization.name, kind: organization.kind } });
      }
      const described = { name: organization.name, kind: organization.kind };
      const existing = await tx.partner.findUnique({ where: { partnershipId_organizationId: { partnershipId: input.partnershipId, organizationId: organization.id } } });
      if (existing === null) {
        const partner = await tx.partner.create({
          data: { partnershipId: input.partnershipId, organizationId: organization.id, role: input.role ?? "", commitments: input.commitments ?? "" },
        });
        await recordAudit(tx, {
          partnershipId: input.partnershipId,
          actorId,
          action: "create",
          entity: "partner",
          entityId: partner.id,
          after: { organization: organization.name, role: partner.role, commitments: partner.commitments },
        });
        return { outcome: "added", organization: { ...described, created } };
      }
      const changes = {
        ...(input.role !== undefined && input.role !== existing.role ? { role: input.role } : {}),
        ...(input.commitments !== undefined && input.commitments !== existing.commitments ? { commitments: input.commitments } : {}),
      };
      if (Object.keys(changes).length === 0) return { outcome: "unchanged", organization: { ...described, created: false } };
      await tx.partner.update({ where: { id: existing.id }, data: changes });
      await recordAudit(tx, {
        partnershipId: input.partnershipId,
        actorId,
        action: "update",
        entity: "partner",
        entityId: existing.id,
        before: { role: existing.role, commitments: existing.commitments },
        after: changes,
      });
      return { outcome: "updated", organization: { ...described, created: false } };
    });
  }

  /** Names a person liaison of one partner; false when they already are. */
  async addLiaison(partnershipId: number, partnerId: number, personId: number, actorId: number): Promise<boolean> {
    try {
      return await this.db.$transaction(async (tx) => {
        const existing = await tx.liaison.findUnique({ where: { partnerId_personId: { partnerId, personId } } });
        if (existing !== null) return false;
        const liaison = await tx.liaison.create({ data: { partnerId, personId } });
        await recordAudit(tx, { partnershipId, actorId, action: "create", entity: "liaison", entityId: liaison.id, after: { partnerId, personId } });
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false; // the same liaison added twice at once
      throw error;
    }
  }

  /** Removes one liaison; false when it was already gone. */
  async removeLiaison(partnershipId: number, liaisonId: number, actorId: number): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.liaison.findUnique({ where: { id: liaisonId } });
      if (existing === null) return false;
      await tx.liaison.delete({ where: { id: liaisonId } });
      await recordAudit(tx, {
        partnershipId,
        actorId,
        action: "delete",
        entity: "liaison",
        entityId: liaisonId,
        before: { partnerId: existing.partnerId, personId: existing.personId },
      });
      return true;
    });
  }

  /** Changes a partner's role or commitments, with both before and after in the audit log; null when nothing would change. */
  async update(partnershipId: number, partnerId: number, changes: PartnerChanges, actorId: number): Promise<{ before: PartnerChanges; after: PartnerChanges } | null> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.partner.findFirstOrThrow({ where: { id: partnerId, partnershipId }, include: { organization: { select: { name: true } } } });
      const after = {
        ...(changes.role !== undefined && changes.role !== existing.role ? { role: changes.role } : {}),
        ...(changes.commitments !== undefined && changes.commitments !== existing.commitments ? { commitments: changes.commitments } : {}),
      };
      if (Object.keys(after).length === 0) return null;
      const before = Object.fromEntries(Object.keys(after).map((field) => [field, existing[field as keyof PartnerChanges]])) as PartnerChanges;
      await tx.partner.update({ where: { id: partnerId }, data: after });
      const organization = existing.organization.name;
      await recordAudit(tx, { partnershipId, actorId, action: "update", entity: "partner", entityId: partnerId, before: { organization, ...before }, after: { organization, ...after } });
      return { before, after };
    });
  }

  /**
   * Removes a partner from the partnership with its liaison roles and assets (the organisation stays
   * known in the workspace). Prompts not yet sent to people who are no longer liaisons here are skipped.
   * False when it was already gone.
   */
  async remove(partnershipId: number, partnerId: number, actorId: number): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.partner.findFirst({
        where: { id: partnerId, partnershipId },
        include: { organization: { select: { name: true, kind: true } }, liaisons: { select: { personId: true } }, assets: { select: { kind: true, description: true, quantity: true } } },
      });
      if (existing === null) return false;
      await tx.partner.delete({ where: { id: partnerId } });
      const stillLiaisons = await tx.liaison.findMany({ where: { partner: { partnershipId }, personId: { in: existing.liaisons.map((liaison) => liaison.personId) } }, select: { personId: true } });
      const gone = existing.liaisons.map((liaison) => liaison.personId).filter((personId) => !stillLiaisons.some((liaison) => liaison.personId === personId));
      if (gone.length > 0) {
        await tx.prompt.updateMany({ where: { partnershipId, personId: { in: gone }, status: "pending" }, data: { status: "skipped", error: "no longer a liaison of this partnership" } });
      }
      await recordAudit(tx, {
        partnershipId,
        actorId,
        action: "delete",
        entity: "partner",
        entityId: partnerId,
        before: {
          organization: existing.organization.name,
          kind: existing.organization.kind,
          role: existing.role,
          commitments: existing.commitments,
          liaisonPersonIds: existing.liaisons.map((liaison) => liaison.personId),
          assets: existing.assets,
        },
      });
      return true;
    });
  }
}

export type PartnerChanges = { role?: string; commitments?: string };
