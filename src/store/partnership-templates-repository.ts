import { recordAudit } from "./audit-repository.js";
import { addCheckInQuestions, type NewCheckInQuestion } from "./check-in-questions-repository.js";
import type { MetricDefinition } from "./metrics-repository.js";
import type { NewPartnership, PartnershipsRepository } from "./partnerships-repository.js";

/** What a program template puts into a new partnership, its dates already worked out. */
export interface PartnershipSetup {
  template: string;
  metrics: readonly MetricDefinition[];
  milestones: readonly { title: string; dueOn: string }[];
  questions: readonly NewCheckInQuestion[];
}

/** New partnerships set up from a program template: all of it in the transaction that creates the partnership. */
export class PartnershipTemplatesRepository {
  constructor(private readonly partnerships: PartnershipsRepository) {}

  /** Creates the partnership with the template's metrics, milestones and check-in questions, each audited; null when the handle is taken here. */
  async create(input: NewPartnership, setup: PartnershipSetup, actorId: number, at: Date): Promise<{ id: number } | null> {
    return this.partnerships.create(input, actorId, async (tx, partnershipId) => {
      for (const metric of setup.metrics) {
        const created = await tx.metric.create({ data: { partnershipId, ...metric, createdAt: at }, select: { id: true } });
        await recordAudit(tx, { partnershipId, actorId, action: "create", entity: "metric", entityId: created.id, after: metric });
      }
      for (const milestone of setup.milestones) {
        const created = await tx.milestone.create({ data: { partnershipId, ...milestone, createdAt: at }, select: { id: true } });
        await recordAudit(tx, { partnershipId, actorId, action: "create", entity: "milestone", entityId: created.id, after: { partnershipId, ...milestone } });
      }
      await addCheckInQuestions(tx, { partnershipId, actorId }, setup.questions);
      await recordAudit(tx, { partnershipId, actorId, action: "apply", entity: "template", entityId: setup.template, after: { metrics: setup.metrics.length, milestones: setup.milestones.length, questions: setup.questions.length } });
    });
  }
}
