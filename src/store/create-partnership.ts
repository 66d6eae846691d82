import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { PartnershipRecord } from "./partnerships-repository.js";

export type NewPartnership = Omit<PartnershipRecord, "id">;

/** Creates a partnership with the default weekly schedule; null when the handle is taken here. */
export async function createPartnership(db: Database, input: NewPartnership, actorId: number): Promise<{ id: number } | null> {
  const taken = await db.partnership.findUnique({
    where: { platform_workspaceId_handle: { platform: input.platform, workspaceId: input.workspaceId, handle: input.handle } },
    select: { id: true },
  });
  if (taken !== null) return null;
  return db.$transaction(async (tx) => {
    const created = await tx.partnership.create({
      data: { ...input, programModels: input.programModels.join(","), schedule: { create: { timezone: input.timezone } } },
      select: { id: true },
    });
    await recordAudit(tx, { partnershipId: created.id, actorId, action: "create", entity: "partnership", entityId: created.id, after: input });
    return created;
  });
}
