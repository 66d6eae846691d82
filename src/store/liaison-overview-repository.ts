import { ARCHIVED } from "../domain/vocabulary.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";

export interface LiaisonPartnership {
  id: number;
  handle: string;
  name: string;
  status: string;
  timezone: string;
  schedule: { weekday: number; localTime: string; timezone: string; cadence: string; nextRoundAt: Date | null } | null;
  /** Open rounds this person has not answered yet. */
  unansweredRounds: { id: number; period: string; closesAt: Date }[];
}

const LIMIT = 25;

/** A liaison's own partnerships, for their home view. */
export class LiaisonOverviewRepository {
  constructor(private readonly db: Database) {}

  /**
   * The partnerships (the first 25 by handle) a person is a liaison of that this workspace can see,
   * with what awaits them, and how many there are in all.
   */
  async load(workspace: Workspace, personId: number): Promise<{ partnerships: LiaisonPartnership[]; total: number }> {
    const db = this.db;
    const where = {
      partners: { some: { liaisons: { some: { personId } } } },
      // Home is what needs the liaison now: an archived partnership does not.
      status: { not: ARCHIVED },
      OR: [{ platform: workspace.platform, workspaceId: workspace.workspaceId }, { links: { some: { platform: workspace.platform, workspaceId: workspace.workspaceId } } }],
    };
    const [total, rows] = await Promise.all([
      db.partnership.count({ where }),
      db.partnership.findMany({
        where,
        orderBy: { handle: "asc" },
        take: LIMIT,
        select: {
          id: true,
          handle: true,
          name: true,
          status: true,
          timezone: true,
          schedule: { select: { weekday: true, localTime: true, timezone: true, cadence: true, nextRoundAt: true } },
          rounds: {
            where: { status: "open", responses: { none: { personId } } },
            orderBy: { opensAt: "asc" },
            select: { id: true, period: true, closesAt: true },
          },
        },
      }),
    ]);
    return { total, partnerships: rows.map(({ rounds, ...row }) => ({ ...row, unansweredRounds: rounds })) };
  }
}
