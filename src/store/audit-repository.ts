import type { Queryable } from "./transaction.js";

export interface AuditInput {
  partnershipId: number | null;
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Records who changed what, when, with the state before and after. */
export async function recordAudit(db: Queryable, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      partnershipId: input.partnershipId,
      actorId: input.actorId,
      action: input.action,
      entity: input.entity,
      entityId: String(input.entityId),
      before: input.before === undefined ? null : JSON.stringify(input.before),
      after: input.after === undefined ? null : JSON.stringify(input.after),
    },
  });
}
