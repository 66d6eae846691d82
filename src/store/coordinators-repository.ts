import type { Database } from "./create-database.js";

/** Coordinators administer partnerships across a workspace (a district office, a program lead). */
export class CoordinatorsRepository {
  constructor(private readonly db: Database) {}

  async isCoordinator(platform: string, workspaceId: string, personId: number): Promise<boolean> {
    const row = await this.db.coordinator.findUnique({ where: { platform_workspaceId_personId: { platform, workspaceId, personId } } });
    return row !== null;
  }

  async list(platform: string, workspaceId: string): Promise<{ personId: number; displayName: string }[]> {
    const rows = await this.db.coordinator.findMany({
      where: { platform, workspaceId },
      include: { person: true },
      orderBy: { id: "asc" },
    });
    return rows.map((row) => ({ personId: row.personId, displayName: row.person.displayName }));
  }

  /** True when added, false when already a coordinator. */
  async add(platform: string, workspaceId: string, personId: number): Promise<boolean> {
    const existing = await this.isCoordinator(platform, workspaceId, personId);
    if (existing) return false;
    await this.db.coordinator.create({ data: { platform, workspaceId, personId } });
    return true;
  }

  /** True when removed, false when they were not a coordinator. */
  async remove(platform: string, workspaceId: string, personId: number): Promise<boolean> {
    const result = await this.db.coordinator.deleteMany({ where: { platform, workspaceId, personId } });
    return result.count > 0;
  }
}
