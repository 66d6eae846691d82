import type { Database } from "./create-database.js";

export interface PartnershipOverview {
  schedule: { weekday: number; localTime: string; timezone: string; cadence: string } | null;
  /** Blackout periods that have not ended by `today`. */
  blackouts: { startsOn: string; endsOn: string; reason: string }[];
  links: { platform: string; workspaceId: string; channelId: string; purpose: string }[];
  openNeeds: { kind: string; description: string }[];
  milestones: { total: number; done: number; overdue: number };
}

/** The parts of a partnership that `show` lists besides partners, charter and metrics. */
export class OverviewRepository {
  constructor(private readonly db: Database) {}

  /** `today` is YYYY-MM-DD in the partnership's time zone. */
  async load(partnershipId: number, today: string): Promise<PartnershipOverview> {
    const [schedule, blackouts, links, openNeeds, total, done, overdue] = await Promise.all([
      this.db.schedule.findUnique({ where: { partnershipId }, select: { weekday: true, localTime: true, timezone: true, cadence: true } }),
      this.db.blackout.findMany({ where: { partnershipId, endsOn: { gte: today } }, orderBy: { startsOn: "asc" }, select: { startsOn: true, endsOn: true, reason: true } }),
      this.db.channelLink.findMany({ where: { partnershipId }, orderBy: { id: "asc" }, select: { platform: true, workspaceId: true, channelId: true, purpose: true } }),
      this.db.need.findMany({ where: { partnershipId, resolvedAt: null }, orderBy: { id: "asc" }, select: { kind: true, description: true } }),
      this.db.milestone.count({ where: { partnershipId } }),
      this.db.milestone.count({ where: { partnershipId, doneAt: { not: null } } }),
      this.db.milestone.count({ where: { partnershipId, doneAt: null, dueOn: { lt: today } } }),
    ]);
    return { schedule, blackouts, links, openNeeds, milestones: { total, done, overdue } };
  }
}
