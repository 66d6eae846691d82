import { Prisma } from "../generated/sqlite/client.js";
import type { OutboundMessage } from "../ui/reply.js";
import type { Database } from "./create-database.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";

/** A check-in prompt still unanswered when its round's reminder is due. */
export interface UnansweredPrompt {
  roundId: number;
  personId: number;
  displayName: string;
  platform: string;
  workspaceId: string;
  target: string;
  /** The user id the prompt mentioned. */
  userId: string;
  period: string;
  closesAt: Date;
  timezone: string;
  partnership: { id: number; handle: string; name: string };
}

/** Reminders and closing: each happens once per round, whoever gets there first. */
export class RoundFollowUpsRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** Open rounds whose reminder time has come and that have not reminded anyone yet. */
  async findToRemind(now: Date, limit: number): Promise<number[]> {
    const rounds = await this.db.round.findMany({
      where: { status: "open", reminderSentAt: null, remindAt: { lte: now }, closesAt: { gt: now } },
      orderBy: { id: "asc" },
      take: limit,
      select: { id: true },
    });
    return rounds.map((round) => round.id);
  }

  /**
   * Marks the rounds reminded (only those no one marked first) and queues a reminder for each
   * prompt still unanswered, in one transaction. Returns how many reminders it queued.
   */
  async remind(now: Date, roundIds: readonly number[], build: (prompt: UnansweredPrompt) => EnqueueInput): Promise<number> {
    if (roundIds.length === 0) return 0;
    return this.db.$transaction(
      async (tx) => {
        const won = await tx.$queryRaw<{ id: number | bigint }[]>`UPDATE "Round" SET "reminderSentAt" = ${now}
          WHERE "id" IN (${Prisma.join([...roundIds])}) AND "reminderSentAt" IS NULL RETURNING "id"`;
        const ids = won.map((row) => Number(row.id));
        if (ids.length === 0) return 0;
        const [prompts, answers] = await Promise.all([
          tx.prompt.findMany({
            where: { roundId: { in: ids }, kind: "checkin", answeredAt: null, status: { in: ["pending", "sent"] }, personId: { not: null } },
            orderBy: { id: "asc" },
            select: {
              roundId: true,
              personId: true,
              platform: true,
              workspaceId: true,
              target: true,
              payload: true,
              person: { select: { displayName: true } },
              round: { select: { period: true, closesAt: true, partnership: { select: { id: true, handle: true, name: true, timezone: true, schedule: { select: { timezone: true } } } } } },
            },
          }),
          tx.checkInResponse.findMany({ where: { roundId: { in: ids } }, select: { roundId: true, personId: true } }),
        ]);
        const answered = new Set(answers.map((answer) => `${answer.roundId}:${answer.personId}`));
        const reminders = prompts
          .filter((prompt) => !answered.has(`${prompt.roundId}:${prompt.personId}`))
          .map((prompt) => {
            const partnership = prompt.round!.partnership;
            const payload = JSON.parse(prompt.payload) as OutboundMessage;
            return build({
              roundId: prompt.roundId!,
              personId: prompt.personId!,
              displayName: prompt.person!.displayName,
              platform: prompt.platform,
              workspaceId: prompt.workspaceId,
              target: prompt.target,
              userId: payload.mentions[0] ?? prompt.target.replace(/^user:/, ""),
              period: prompt.round!.period,
              closesAt: prompt.round!.closesAt,
              timezone: partnership.schedule?.timezone ?? partnership.timezone,
              partnership: { id: partnership.id, handle: partnership.handle, name: partnership.name },
            });
          });
        return this.outbox.enqueueAll(reminders, tx);
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
  }

  /** Open rounds whose answer window has ended. */
  async findToClose(now: Date, limit: number): Promise<number[]> {
    const rounds = await this.db.round.findMany({ where: { status: "open", closesAt: { lte: now } }, orderBy: { id: "asc" }, take: limit, select: { id: true } });
    return rounds.map((round) => round.id);
  }

  /** Closes the round and queues its digests, once: false when another scheduler closed it first. */
  async close(roundId: number, now: Date, digests: readonly EnqueueInput[]): Promise<boolean> {
    return this.db.$transaction(
      async (tx) => {
        const { count } = await tx.round.updateMany({ where: { id: roundId, status: "open" }, data: { status: "closed", closedAt: now } });
        if (count === 0) return false;
        await this.outbox.enqueueAll(digests, tx);
        return true;
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  }
}
