import type { Database } from "./create-database.js";

/** Outbox rows still waiting or given up, by status and platform. */
export interface OutboxCount {
  status: string;
  platform: string;
  count: number;
}

/** What GET /metrics reads from the outbox at scrape time. */
export class OutboxCountsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Pending and failed rows only: the (status, nextAttemptAt) index bounds the read to the backlog and
   * the failures, never the history of sent rows (deliveries_total counts those as they happen).
   */
  async countOpenRows(): Promise<OutboxCount[]> {
    const groups = await this.db.prompt.groupBy({ by: ["status", "platform"], where: { status: { in: ["pending", "failed"] } }, _count: { _all: true } });
    return groups.map((group) => ({ status: group.status, platform: group.platform, count: group._count._all }));
  }
}
