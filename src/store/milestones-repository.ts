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
}
