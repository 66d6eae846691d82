import type { Queryable } from "./transaction.js";

/**
 * Records an inbound delivery (a Slack event id, an interaction id) as handled; false when it was
 * handled already, so a platform's retry is not processed twice. ON CONFLICT keeps a PostgreSQL
 * transaction usable where a failed insert would abort it.
 */
export async function claimInboundDelivery(db: Queryable, platform: string, key: string, at: Date): Promise<boolean> {
  const inserted = await db.$executeRaw`INSERT INTO "ProcessedDelivery" ("platform", "key", "createdAt") VALUES (${platform}, ${key}, ${at})
    ON CONFLICT ("platform", "key") DO NOTHING`;
  return inserted === 1;
}

/** Forgets deliveries older than `before`: platforms stop retrying after minutes, so a day is plenty. */
export async function pruneInboundDeliveries(db: Queryable, platform: string, before: Date): Promise<number> {
  const result = await db.processedDelivery.deleteMany({ where: { platform, createdAt: { lt: before } } });
  return result.count;
}

/** Undoes a claim whose work did not happen (a form answered with errors), so the next attempt counts. */
export async function releaseInboundDelivery(db: Queryable, platform: string, key: string): Promise<void> {
  await db.processedDelivery.deleteMany({ where: { platform, key } });
}
