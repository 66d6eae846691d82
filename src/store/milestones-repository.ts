import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";

export interface MilestoneRecord {
  id: number;
  title: string;
  dueOn: string;
  doneAt: Date | null;
  celebratedAt: Date | null;
}

export interface NewMilestone {
  partnershipId: number;
  title: string;
  dueOn: string;
  actorId: number;
  at: Date;
}

export interface MilestoneCompletion {
  partnershipId: number;
  milestoneId: number;
  actorId: number;
  at: Date;
  /** One outbox row per channel that hears about it. */
  celebrations: EnqueueInput[];
}

/** Who changes a milestone, and when. */
export interface MilestoneChange {
  partnershipId: number;
  milestoneId: number;
  actorId: number;
  at: Date;
}

const COLUMNS = { id: true, title: true, dueOn: true, doneAt: true, celebratedAt: true } as const;

export class MilestonesRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** All milestones by due date; the order `milestone list` numbers them in. */
  async list(partnershipId: number): Promise<MilestoneRecord[]> {
    return this.db.milestone.findMany({ where: { partnershipId }, orderBy: [{ dueOn: "asc" }, { id: "asc" }], select: COLUMNS });
  }

  async add(input: NewMilestone): Promise<{ id: number }> {
    return this.db.$transaction(async (tx) => {
      const data = { partnershipId: input.partnershipId, title: input.title, dueOn: input.dueOn };
      const created = await tx.milestone.create({ data: { ...data, createdAt: input.at }, select: { id: true } });
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "create", entity: "milestone", entityId: created.id, after: data });
      return created;
    });
  }

  /**
   * Marks a milestone done and queues its celebrations, in one transaction; false when it was done
   * already (the conditional update makes two people finishing it at once celebrate once).
   */
  async complete(input: MilestoneCompletion): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const updated = await tx.milestone.updateMany({
        where: { id: input.milestoneId, partnershipId: input.partnershipId, doneAt: null },
        data: { doneAt: input.at, doneById: input.actorId, celebratedAt: input.at },
      });
      if (updated.count === 0) return false;
      for (const celebration of input.celebrations) await this.outbox.enqueue(celebration, tx);
      await recordAudit(tx, {
        partnershipId: input.partnershipId,
        actorId: input.actorId,
        action: "complete",
        entity: "milestone",
        entityId: input.milestoneId,
        before: { doneAt: null },
        after: { doneAt: input.at, celebratedIn: input.celebrations.map((celebration) => celebration.target) },
      });
      return true;
    });
  }

  /** Changes a milestone's title or due date; the milestone as it was, or null when it is gone. */
  async edit(input: MilestoneChange & { changes: { title?: string; dueOn?: string } }): Promise<MilestoneRecord | null> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.milestone.findFirst({ where: { id: input.milestoneId, partnershipId: input.partnershipId }, select: COLUMNS });
      if (before === null) return null;
      const changed = Object.fromEntries(Object.entries(input.changes).filter(([field, value]) => value !== undefined && value !== before[field as "title" | "dueOn"]));
      if (Object.keys(changed).length === 0) return before;
      await tx.milestone.update({ where: { id: before.id }, data: changed });
      const was = Object.fromEntries(Object.keys(changed).map((field) => [field, before[field as "title" | "dueOn"]]));
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "update", entity: "milestone", entityId: before.id, before: was, after: changed });
      return before;
    });
  }

  /** Undoes `done`; false when it was not done (or someone reopened it a moment ago). */
  async reopen(input: MilestoneChange): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.milestone.findFirst({ where: { id: input.milestoneId, partnershipId: input.partnershipId, doneAt: { not: null } }, select: { doneAt: true, doneById: true } });
      if (before === null) return false;
      const { count } = await tx.milestone.updateMany({ where: { id: input.milestoneId, doneAt: { not: null } }, data: { doneAt: null, doneById: null } });
      if (count === 0) return false;
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "reopen", entity: "milestone", entityId: input.milestoneId, before, after: { doneAt: null, doneById: null } });
      return true;
    });
  }

  /** Deletes a milestone; false when it was gone already. */
  async remove(input: MilestoneChange): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const before = await tx.milestone.findFirst({ where: { id: input.milestoneId, partnershipId: input.partnershipId }, select: { title: true, dueOn: true, doneAt: true, doneById: true } });
      if (before === null) return false;
      const { count } = await tx.milestone.deleteMany({ where: { id: input.milestoneId } });
      if (count === 0) return false;
      await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "delete", entity: "milestone", entityId: input.milestoneId, before });
      return true;
    });
  }
}
