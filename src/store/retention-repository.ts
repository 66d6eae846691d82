import type { Database } from "./create-database.js";

/**
 * Deletes rows that have served their purpose, on the scheduler's tick (see README "Retention").
 */
export class RetentionRepository {
  constructor(private readonly db: Database) {}

  /**
   * Outbox rows sent (or skipped) before `before`, of rounds that have closed: nothing reads them any
   * more (failed rows stay, for `status`). Their dedupe keys go with them, which is safe because a
   * closed round queues nothing again.
   */
  async pruneDeliveredPrompts(before: Date): Promise<number> {
    const result = await this.db.prompt.deleteMany({
      where: {
        status: { in: ["sent", "skipped"] },
        OR: [{ sentAt: { lt: before } }, { sentAt: null, createdAt: { lt: before } }],
        AND: [{ OR: [{ roundId: null }, { round: { status: { not: "open" } } }] }],
      },
    });
    return result.count;
  }

  /** Inbound deliveries recorded before `before`: platforms stop retrying after minutes. */
  async pruneProcessedDeliveries(before: Date): Promise<number> {
    const result = await this.db.processedDelivery.deleteMany({ where: { createdAt: { lt: before } } });
    return result.count;
  }

  /** `connect` codes past their expiry: they can no longer be typed. */
  async pruneExpiredConnectCodes(now: Date): Promise<number> {
    const result = await this.db.connectCode.deleteMany({ where: { expiresAt: { lt: now } } });
    return result.count;
  }

  /** Sign-in links past their 10 minutes (used or not): they can sign nobody in any more. */
  async pruneExpiredSignInLinks(now: Date): Promise<number> {
    const result = await this.db.signInLink.deleteMany({ where: { expiresAt: { lt: now } } });
    return result.count;
  }

  /** Web sessions past their 12 hours: the cookie no longer finds them. */
  async pruneExpiredWebSessions(now: Date): Promise<number> {
    const result = await this.db.webSession.deleteMany({ where: { expiresAt: { lt: now } } });
    return result.count;
  }

  /** Handles a partnership had before `rename`, past their time: they find nothing and are free to take. */
  async pruneExpiredHandleAliases(now: Date): Promise<number> {
    const result = await this.db.partnershipHandleAlias.deleteMany({ where: { expiresAt: { lt: now } } });
    return result.count;
  }
}
