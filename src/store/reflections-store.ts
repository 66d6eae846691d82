import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";

export interface ReflectionThreadRecord {
  roundId: number;
  partnershipId: number;
  platform: string;
  workspaceId: string;
  channelId: string;
  threadId: string;
}

export interface NewReflection {
  thread: ReflectionThreadRecord;
  personId: number;
  platformMessageId: string;
  body: string;
  at: Date;
}

const THREAD_COLUMNS = { roundId: true, platform: true, workspaceId: true, channelId: true, threadId: true, round: { select: { partnershipId: true } } } as const;

type ThreadRow = Omit<ReflectionThreadRecord, "partnershipId"> & { round: { partnershipId: number } };

function toThread({ round, ...row }: ThreadRow): ReflectionThreadRecord {
  return { ...row, partnershipId: round.partnershipId };
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

/**
 * Writing partner reflections: the threads a chat adapter opened per round, and the messages
 * people post in them (once per platform message id; edits and deletions follow the message).
 */
export class ReflectionsStore {
  constructor(private readonly db: Database) {}

  /** The thread already opened for a round in a channel, so a retried delivery reuses it. */
  async findRoundThread(roundId: number, platform: string, channelId: string): Promise<ReflectionThreadRecord | null> {
    const row = await this.db.reflectionThread.findUnique({ where: { roundId_platform_channelId: { roundId, platform, channelId } }, select: THREAD_COLUMNS });
    return row === null ? null : toThread(row);
  }

  /** The tracked thread with this platform id; null for every other channel. */
  async findThread(platform: string, threadId: string): Promise<ReflectionThreadRecord | null> {
    const row = await this.db.reflectionThread.findUnique({ where: { platform_threadId: { platform, threadId } }, select: THREAD_COLUMNS });
    return row === null ? null : toThread(row);
  }

  /** The platform's threads of rounds that opened since `since`: where reflections may still arrive. */
  async recentThreads(platform: string, since: Date): Promise<ReflectionThreadRecord[]> {
    const rows = await this.db.reflectionThread.findMany({ where: { platform, round: { opensAt: { gte: since } } }, select: THREAD_COLUMNS, orderBy: { id: "asc" } });
    return rows.map(toThread);
  }

  /** Records a thread the adapter opened; the one recorded first when two deliveries raced. */
  async trackThread(input: Omit<ReflectionThreadRecord, "partnershipId">): Promise<ReflectionThreadRecord> {
    try {
      return toThread(await this.db.reflectionThread.create({ data: input, select: THREAD_COLUMNS }));
    } catch (error) {
      const existing = isUniqueViolation(error) ? await this.findRoundThread(input.roundId, input.platform, input.channelId) : null;
      if (existing === null) throw error;
      return existing;
    }
  }

  /** Stores a reflection once per message id; false when it was stored already (a redelivered event). */
  async recordReflection(input: NewReflection): Promise<boolean> {
    const { thread } = input;
    const key = { platform_platformMessageId: { platform: thread.platform, platformMessageId: input.platformMessageId } };
    if ((await this.db.reflection.findUnique({ where: key, select: { id: true } })) !== null) return false;
    try {
      await this.db.$transaction(async (tx) => {
        const created = await tx.reflection.create({
          data: { partnershipId: thread.partnershipId, roundId: thread.roundId, personId: input.personId, platform: thread.platform, platformMessageId: input.platformMessageId, body: input.body, createdAt: input.at },
        });
        await recordAudit(tx, { partnershipId: thread.partnershipId, actorId: input.personId, action: "create", entity: "reflection", entityId: created.id, after: { body: input.body, roundId: thread.roundId } });
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Follows an edit; false when the message is not a stored reflection (or the text is unchanged). */
  async editReflection(platform: string, platformMessageId: string, body: string, editedAt: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.reflection.findUnique({ where: { platform_platformMessageId: { platform, platformMessageId } } });
      if (existing === null || existing.body === body) return false;
      await tx.reflection.update({ where: { id: existing.id }, data: { body, editedAt } });
      await recordAudit(tx, { partnershipId: existing.partnershipId, actorId: existing.personId, action: "update", entity: "reflection", entityId: existing.id, before: { body: existing.body }, after: { body } });
      return true;
    });
  }

  /** Marks a reflection deleted (kept for the audit trail, hidden everywhere else); false when unknown or done. */
  async deleteReflection(platform: string, platformMessageId: string, deletedAt: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const existing = await tx.reflection.findUnique({ where: { platform_platformMessageId: { platform, platformMessageId } } });
      if (existing === null || existing.deletedAt !== null) return false;
      await tx.reflection.update({ where: { id: existing.id }, data: { deletedAt } });
      // The platform does not say who deleted it: the author or a moderator.
      await recordAudit(tx, { partnershipId: existing.partnershipId, actorId: null, action: "delete", entity: "reflection", entityId: existing.id, before: { body: existing.body } });
      return true;
    });
  }
}
