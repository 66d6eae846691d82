import type { TrackedThread } from "../ports/inbound-events.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import { isUniqueViolation } from "./is-unique-violation.js";

export interface ReflectionRecord {
  id: number;
  author: string;
  body: string;
  round: string | null;
  createdAt: Date;
  edited: boolean;
}

export interface NewReflection {
  thread: TrackedThread;
  personId: number;
  platformMessageId: string;
  body: string;
  at: Date;
}

const THREAD_COLUMNS = { roundId: true, platform: true, workspaceId: true, channelId: true, threadId: true, round: { select: { partnershipId: true } } } as const;

type ThreadRow = Omit<TrackedThread, "partnershipId"> & { round: { partnershipId: number } };

function toThread({ round, ...row }: ThreadRow): TrackedThread {
  return { ...row, partnershipId: round.partnershipId };
}

/**
 * Partner reflections: the threads a chat adapter opened per round, the messages people post in
 * them (once per platform message id; edits and deletions follow the message), and reading them
 * back (deleted ones stay hidden).
 */
export class ReflectionsRepository {
  constructor(private readonly db: Database) {}

  /** Newest first; only the round with this period ("YYYY-MM-DD") when given. */
  async list(partnershipId: number, options: { roundPeriod?: string; limit: number }): Promise<{ reflections: ReflectionRecord[]; total: number }> {
    const where = { partnershipId, deletedAt: null, ...(options.roundPeriod === undefined ? {} : { round: { period: options.roundPeriod } }) };
    const [rows, total] = await Promise.all([
      this.db.reflection.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: options.limit,
        select: { id: true, body: true, createdAt: true, editedAt: true, person: { select: { displayName: true } }, round: { select: { period: true } } },
      }),
      this.db.reflection.count({ where }),
    ]);
    return {
      total,
      reflections: rows.map((row) => ({
        id: row.id,
        author: row.person.displayName,
        body: row.body,
        round: row.round?.period ?? null,
        createdAt: row.createdAt,
        edited: row.editedAt !== null,
      })),
    };
  }

  /** The periods of the partnership's most recent rounds, newest first (to suggest a --round). */
  async recentRoundPeriods(partnershipId: number, take: number): Promise<string[]> {
    const rounds = await this.db.round.findMany({ where: { partnershipId }, orderBy: { opensAt: "desc" }, take, select: { period: true } });
    return rounds.map((round) => round.period);
  }


  /** The thread already opened for a round in a channel, so a retried delivery reuses it. */
  async findRoundThread(roundId: number, platform: string, channelId: string): Promise<TrackedThread | null> {
    const row = await this.db.reflectionThread.findUnique({ where: { roundId_platform_channelId: { roundId, platform, channelId } }, select: THREAD_COLUMNS });
    return row === null ? null : toThread(row);
  }

  /** The tracked thread with this platform id; null for every other channel. */
  async findThread(platform: string, threadId: string): Promise<TrackedThread | null> {
    const row = await this.db.reflectionThread.findUnique({ where: { platform_threadId: { platform, threadId } }, select: THREAD_COLUMNS });
    return row === null ? null : toThread(row);
  }

  /** The platform's threads of rounds that opened since `since`: where reflections may still arrive. */
  async recentThreads(platform: string, since: Date): Promise<TrackedThread[]> {
    const rows = await this.db.reflectionThread.findMany({ where: { platform, round: { opensAt: { gte: since } } }, select: THREAD_COLUMNS, orderBy: { id: "asc" } });
    return rows.map(toThread);
  }

  /** Records a thread the adapter opened; the one recorded first when two deliveries raced. */
  async trackThread(input: Omit<TrackedThread, "partnershipId">): Promise<TrackedThread> {
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
