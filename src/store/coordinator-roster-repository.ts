import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { NamedPerson } from "./partners-repository.js";
import type { Workspace } from "./partnerships-repository.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export type RemoveCoordinatorOutcome = "removed" | "not-coordinator" | "last-coordinator";

/** Naming and removing a workspace's coordinators, audited; the first ones come from config or admin flags. */
export class CoordinatorRosterRepository {
  constructor(private readonly db: Database) {}

  async isCoordinator(workspace: Workspace, personId: number): Promise<boolean> {
    const row = await this.db.coordinator.findUnique({ where: { platform_workspaceId_personId: { ...workspace, personId } }, select: { id: true } });
    return row !== null;
  }

  /** The workspace's listed coordinators with their user ids there. */
  async list(workspace: Workspace): Promise<NamedPerson[]> {
    const rows = await this.db.coordinator.findMany({
      where: workspace,
      orderBy: { id: "asc" },
      include: { person: { select: { displayName: true, identities: { where: workspace, select: { userId: true } } } } },
    });
    return rows.map((row) => ({ personId: row.personId, displayName: row.person.displayName, userIds: row.person.identities.map((identity) => identity.userId) }));
  }

  /** Lists a person as coordinator; false when they already are. */
  async add(workspace: Workspace, personId: number, actorId: number): Promise<boolean> {
    try {
      return await this.db.$transaction(async (tx) => {
        const key = { platform_workspaceId_personId: { ...workspace, personId } };
        if ((await tx.coordinator.findUnique({ where: key })) !== null) return false;
        const created = await tx.coordinator.create({ data: { ...workspace, personId } });
        await recordAudit(tx, { partnershipId: null, actorId, action: "create", entity: "coordinator", entityId: created.id, after: { ...workspace, personId } });
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false; // added twice at once
      throw error;
    }
  }

  /**
   * Removes a listed coordinator. Refuses to remove the last one unless the bot knows a platform admin
   * of the workspace, since admins always count as coordinators and can name new ones.
   */
  async remove(workspace: Workspace, personId: number, actorId: number): Promise<RemoveCoordinatorOutcome> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.coordinator.findUnique({ where: { platform_workspaceId_personId: { ...workspace, personId } } });
      if (existing === null) return "not-coordinator";
      const others = await tx.coordinator.count({ where: { ...workspace, personId: { not: personId } } });
      const admins = await tx.chatIdentity.count({ where: { ...workspace, isAdmin: true } });
      if (others === 0 && admins === 0) return "last-coordinator";
      await tx.coordinator.delete({ where: { id: existing.id } });
      await recordAudit(tx, { partnershipId: null, actorId, action: "delete", entity: "coordinator", entityId: existing.id, before: { ...workspace, personId } });
      return "removed";
    });
  }
}
