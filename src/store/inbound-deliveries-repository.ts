import type { Queryable } from "./transaction.js";

/**
 * Inbound deliveries (a Slack event id, a view submission) already handled, so a platform's retry
 * is not processed twice. ON CONFLICT keeps a PostgreSQL transaction usable where a failed insert
 * would abort it.
 */
export class InboundDeliveriesRepository {
  constructor(private readonly db: Queryable) {}

  /** Records the delivery as handled; false when it was handled already. */
  async claim(platform: string, key: string, at: Date): Promise<boolean> {
    const inserted = await this.db.$executeRaw`INSERT INTO "ProcessedDelivery" ("platform", "key", "createdAt") VALUES (${platform}, ${key}, ${at})
      ON CONFLICT ("platform", "key") DO NOTHING`;
    return inserted === 1;
  }

  /** Whether the delivery was handled already, without claiming it. */
  async isClaimed(platform: string, key: string): Promise<boolean> {
    return (await this.db.processedDelivery.findUnique({ where: { platform_key: { platform, key } }, select: { id: true } })) !== null;
  }

  /** Undoes a claim whose work did not happen (a form answered with errors), so the next attempt counts. */
  async release(platform: string, key: string): Promise<void> {
    await this.db.processedDelivery.deleteMany({ where: { platform, key } });
  }
}
