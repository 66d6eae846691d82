import type { CheckInStatus } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import type { Transaction } from "./transaction.js";

/** A partnership written as it stands, history included: the demo, or a workspace set up for a trial. */
export interface SeedPartnership {
  handle: string;
  name: string;
  programModels: string[];
  timezone: string;
  /** When the partnership, its charter (ratified by every liaison) and its metrics were created. */
  startedAt: Date;
  sharedGoal: string;
  expectations: string;
  needs: { kind: string; description: string }[];
  milestones: { title: string; dueOn: string; doneAt: Date | null }[];
  partners: {
    organization: string;
    kind: string;
    role: string;
    commitments: string;
    assets: { kind: string; description: string; quantity?: number }[];
    liaisons: { displayName: string; userId: string }[];
  }[];
  metrics: { key: string; name: string; unit: string; baseline: number; target: number; dueOn: string }[];
  rounds: {
    period: string;
    opensAt: Date;
    remindAt: Date;
    closesAt: Date;
    /** Null while the round is still open. */
    closedAt: Date | null;
    responses: {
      /** Which liaison answered: their position among all partners' liaisons, in order. */
      liaison: number;
      status: CheckInStatus;
      submittedAt: Date;
      highlights: string;
      blockers: string;
      /** Metric readings sent with the check-in, by the metric's position. */
      readings: { metric: number; value: number }[];
    }[];
  }[];
}

async function writePartnership(tx: Transaction, workspace: Workspace, seed: SeedPartnership): Promise<void> {
  const { platform, workspaceId } = workspace;
  const partnership = await tx.partnership.create({
    data: {
      platform, workspaceId, handle: seed.handle, name: seed.name, programModels: seed.programModels.join(","), timezone: seed.timezone, createdAt: seed.startedAt,
      schedule: { create: { timezone: seed.timezone } },
      needs: { create: seed.needs },
      milestones: { create: seed.milestones.map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, doneAt: milestone.doneAt, celebratedAt: milestone.doneAt })) },
    },
  });
  const liaisonIds: number[] = [];
  for (const partner of seed.partners) {
    const organization = await tx.organization.upsert({
      where: { platform_workspaceId_name: { platform, workspaceId, name: partner.organization } },
      create: { platform, workspaceId, name: partner.organization, kind: partner.kind },
      update: {},
    });
    const created = await tx.partner.create({
      data: { partnershipId: partnership.id, organizationId: organization.id, role: partner.role, commitments: partner.commitments, assets: { create: partner.assets } },
    });
    for (const liaison of partner.liaisons) {
      const person = await tx.person.create({ data: { displayName: liaison.displayName, identities: { create: { platform, workspaceId, userId: liaison.userId, displayName: liaison.displayName } } } });
      await tx.liaison.create({ data: { partnerId: created.id, personId: person.id } });
      liaisonIds.push(person.id);
    }
  }
  await tx.charter.create({
    data: {
      partnershipId: partnership.id, version: 1, sharedGoal: seed.sharedGoal, expectations: seed.expectations, createdAt: seed.startedAt,
      ratifications: { create: liaisonIds.map((personId) => ({ personId, ratifiedAt: seed.startedAt })) },
    },
  });
  const metrics = await Promise.all(seed.metrics.map((metric) => tx.metric.create({ data: { partnershipId: partnership.id, ...metric, createdAt: seed.startedAt } })));
  for (const { responses, ...round } of seed.rounds) {
    const created = await tx.round.create({ data: { partnershipId: partnership.id, ...round, status: round.closedAt === null ? "open" : "closed" } });
    for (const response of responses) {
      const personId = liaisonIds[response.liaison]!;
      const readings = response.readings.map((reading) => ({ metricId: metrics[reading.metric]!.id, recordedAt: response.submittedAt, recordedById: personId, note: "check-in", value: reading.value }));
      await tx.checkInResponse.create({
        data: {
          partnershipId: partnership.id, roundId: created.id, personId, status: response.status, submittedAt: response.submittedAt, source: "console",
          highlights: response.highlights, blockers: response.blockers,
          readings: readings.length > 0 ? { create: readings } : undefined,
        },
      });
    }
  }
}

/** Writes whole workspaces at once, as the console's demo needs; no audit entries, since no one made these changes. */
export class SeedsRepository {
  constructor(private readonly db: Database) {}

  /** Writes the partnerships into the workspace in one transaction, unless it has partnerships already; true when written. */
  async seedWorkspace(workspace: Workspace, partnerships: readonly SeedPartnership[]): Promise<boolean> {
    const existing = await this.db.partnership.count({ where: { platform: workspace.platform, workspaceId: workspace.workspaceId } });
    if (existing > 0) return false;
    await this.db.$transaction(
      async (tx) => {
        for (const partnership of partnerships) await writePartnership(tx, workspace, partnership);
      },
      { timeout: 60_000 },
    );
    return true;
  }
}
