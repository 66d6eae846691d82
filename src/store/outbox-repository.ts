import type { DeliveryKind } from "../ports/delivery.js";
import { Prisma } from "../generated/sqlite/client.js";
import type { OutboundMessage } from "../ui/reply.js";
import type { Database, DatabaseFlavor } from "./create-database.js";
import { jsonRows } from "./json-rows.js";
import { PREPARED } from "./prepared-statements.js";
import type { Queryable } from "./transaction.js";

/** The outbox stores the port's delivery kinds. */
export type PromptKind = DeliveryKind;

export interface EnqueueInput {
  /** Unique per message: writing the same key twice sends once. */
  dedupeKey: string;
  kind: PromptKind;
  partnershipId: number | null;
  roundId?: number | null;
  personId?: number | null;
  platform: string;
  workspaceId: string;
  /** "channel:<id>" or "user:<id>", in the platform's own ids. */
  target: string;
  message: OutboundMessage;
  /** When it was queued and may first be sent (the injected clock's now); the system time if left out. */
  at?: Date;
}

// Rows per INSERT: the rows go as one JSON parameter (json-rows.ts); this bounds one statement's size.
const INSERT_CHUNK = 2000;

const PROMPT_COLUMNS = {
  dedupeKey: "text",
  kind: "text",
  partnershipId: "integer",
  roundId: "integer",
  personId: "integer",
  platform: "text",
  workspaceId: "text",
  target: "text",
  payload: "text",
  at: "timestamp",
} as const;

/** A row a dispatcher holds under its lease. */
export interface ClaimedPrompt {
  id: number;
  dedupeKey: string;
  kind: PromptKind;
  partnershipId: number | null;
  roundId: number | null;
  platform: string;
  workspaceId: string;
  target: string;
  /** The message as stored (JSON): parsed when it is sent, so a claimed batch holds strings only. */
  payload: string;
  attempts: number;
  claimedUntil: Date;
  /** The row's round was no longer open when it was claimed (false for a row of no round). */
  roundClosed: boolean;
}

type ClaimedRow = Omit<ClaimedPrompt, "id" | "partnershipId" | "roundId" | "attempts" | "claimedUntil" | "roundClosed"> & {
  id: number | bigint;
  partnershipId: number | bigint | null;
  roundId: number | bigint | null;
  attempts: number | bigint;
  roundClosed: boolean | number | bigint | null;
};

export interface SentPrompt {
  id: number;
  platformMessageId: string;
}

/**
 * The outbox: messages queued (by commands and the scheduler, often inside their own transaction)
 * and the dispatcher's claims. Claims are leases: `claimedBy` is a token unique to one claim,
 * `claimedUntil` its end; a row whose lease ran out (its claimer died) is claimable again.
 */
export class OutboxRepository {
  constructor(
    private readonly db: Database,
    /** Which SQL dialect the bulk statements speak (the rounds repository writes in the same form). */
    readonly flavor: DatabaseFlavor,
  ) {}

  /**
   * Adds messages in a few statements, in `db`'s transaction when given one; a row whose dedupe key
   * is there already is skipped (ON CONFLICT DO NOTHING, which unlike a failed insert leaves a
   * PostgreSQL transaction usable). Returns how many were added.
   */
  async enqueueAll(inputs: readonly EnqueueInput[], db: Queryable = this.db): Promise<number> {
    let added = 0;
    for (let start = 0; start < inputs.length; start += INSERT_CHUNK) {
      const rows = inputs.slice(start, start + INSERT_CHUNK).map((input) => [
        input.dedupeKey,
        input.kind,
        input.partnershipId,
        input.roundId ?? null,
        input.personId ?? null,
        input.platform,
        input.workspaceId,
        input.target,
        JSON.stringify(input.message),
        input.at ?? new Date(),
      ]);
      added += await db.$executeRaw`INSERT INTO "Prompt" ("dedupeKey", "kind", "partnershipId", "roundId", "personId", "platform", "workspaceId", "target", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
        SELECT "dedupeKey", "kind", "partnershipId", "roundId", "personId", "platform", "workspaceId", "target", "payload", 'pending', 0, "at", "at" FROM ${jsonRows(this.flavor, PROMPT_COLUMNS, rows)} AS "input"
        WHERE true ON CONFLICT ("dedupeKey") DO NOTHING`;
    }
    return added;
  }

  /**
   * After a fan-out has queued many rows: PostgreSQL's statistics still say the outbox has almost
   * nothing pending, so its planner sorts the whole backlog for every claim instead of reading the
   * claim order's index (20 ms a claim at 30,000 rows instead of 5). ANALYZE reads a sample of the
   * table (tens of milliseconds). SQLite plans without statistics and needs nothing.
   */
  async refreshPlannerStatistics(): Promise<void> {
    if (this.flavor === "postgres") await this.db.$executeRawUnsafe('ANALYZE "Prompt"');
  }

  /** Adds a message unless one with the same dedupe key is there; true when added. */
  async enqueue(input: EnqueueInput, db: Queryable = this.db): Promise<boolean> {
    return (await this.enqueueAll([input], db)) === 1;
  }

  /**
   * Claims up to `limit` due rows for these platforms, oldest first, with one conditional UPDATE:
   * SQLite runs it alone (one writer at a time); PostgreSQL skips rows another dispatcher has locked.
   * The order is the (status, id) index's, so a claim reads about `limit` entries of it and sorts
   * nothing. (With nextAttemptAt in that index, each sent row's UPDATE moved an entry in a b-tree
   * as large as the backlog: on SQLite 2 to 4 ms per 50 rows at a fan-out's size.) Each row says
   * whether its round is still open, read by the same statement. A prepared statement on PostgreSQL:
   * its text is the same for every claim of a process.
   */
  async claim(input: { token: string; platforms: readonly string[]; now: Date; leaseUntil: Date; limit: number }): Promise<ClaimedPrompt[]> {
    const { token, platforms, now, leaseUntil, limit } = input;
    if (platforms.length === 0) return [];
    const lock = this.flavor === "postgres" ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
    // One statement claims the rows and returns what sending needs (the lease is the one just set).
    const rows = await this.db.$queryRaw<ClaimedRow[]>`${PREPARED}UPDATE "Prompt" SET "claimedBy" = ${token}, "claimedUntil" = ${leaseUntil}
      WHERE "id" IN (
        SELECT "id" FROM "Prompt"
        WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now} AND ("claimedUntil" IS NULL OR "claimedUntil" <= ${now})
          AND "platform" IN (${Prisma.join([...platforms])})
        ORDER BY "id" LIMIT ${limit} ${lock}
      ) RETURNING "id", "dedupeKey", "kind", "partnershipId", "roundId", "platform", "workspaceId", "target", "payload", "attempts",
        (SELECT r."status" <> 'open' FROM "Round" r WHERE r."id" = "Prompt"."roundId") AS "roundClosed"`;
    return rows
      .map((row) => ({
        id: Number(row.id),
        dedupeKey: row.dedupeKey,
        kind: row.kind as PromptKind,
        partnershipId: row.partnershipId === null ? null : Number(row.partnershipId),
        roundId: row.roundId === null ? null : Number(row.roundId),
        platform: row.platform,
        workspaceId: row.workspaceId,
        target: row.target,
        payload: row.payload,
        attempts: Number(row.attempts),
        claimedUntil: leaseUntil,
        roundClosed: row.roundClosed === true || Number(row.roundClosed) === 1,
      }))
      .sort((a, b) => a.id - b.id);
  }

  /** Marks rows sent with their platform message ids, in one statement; only rows this claim still holds. */
  async recordSent(token: string, sent: readonly SentPrompt[], at: Date): Promise<number> {
    if (sent.length === 0) return 0;
    // The ids and message ids go as one JSON object parameter, so the statement's text is the same
    // for any group (kept prepared: by name on PostgreSQL, in SQLite's statement cache) and Prisma
    // binds a few values, not three per row. The rows are found by primary key from the object's
    // keys: an UPDATE ... FROM a JSON table let SQLite's planner walk the pending rows' index and
    // probe the JSON for each, quadratic at a fan-out's size.
    const messageIds = JSON.stringify(Object.fromEntries(sent.map((row) => [row.id, row.platformMessageId])));
    const marked = Prisma.sql`"status" = 'sent', "sentAt" = ${at}, "attempts" = "attempts" + 1, "error" = NULL, "claimedUntil" = NULL`;
    // PostgreSQL joins the object's entries (read once); a lookup in it per row parsed all of it per row.
    if (this.flavor === "postgres") {
      return this.db.$executeRaw`${PREPARED}UPDATE "Prompt" SET ${marked}, "platformMessageId" = m."value"
        FROM json_each_text(${messageIds}::json) AS m
        WHERE "Prompt"."id" = m."key"::integer AND "Prompt"."claimedBy" = ${token} AND "Prompt"."status" = 'pending'`;
    }
    return this.db.$executeRaw`${PREPARED}UPDATE "Prompt" SET ${marked}, "platformMessageId" = json_extract(${messageIds}, '$."' || "id" || '"')
      WHERE "id" IN (SELECT CAST("key" AS INTEGER) FROM json_each(${messageIds})) AND "claimedBy" = ${token} AND "status" = 'pending'`;
  }

  /** A failure worth retrying: back to pending at `nextAttemptAt`; `counts` is false for a rate limit (not processed). */
  async recordRetry(token: string, id: number, input: { error: string; nextAttemptAt: Date; counts: boolean }): Promise<void> {
    await this.db.prompt.updateMany({
      where: { id, claimedBy: token, status: "pending" },
      data: { error: input.error, nextAttemptAt: input.nextAttemptAt, claimedBy: null, claimedUntil: null, ...(input.counts ? { attempts: { increment: 1 } } : {}) },
    });
  }

  /** Given up for good; `status` shows it. */
  async recordFailed(token: string, id: number, error: string, counts = true): Promise<void> {
    await this.db.prompt.updateMany({
      where: { id, claimedBy: token, status: "pending" },
      data: { status: "failed", error, claimedUntil: null, ...(counts ? { attempts: { increment: 1 } } : {}) },
    });
  }

  /** Not sent and not worth sending any more (its round closed first). */
  async recordSkipped(token: string, ids: readonly number[], reason: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.prompt.updateMany({ where: { id: { in: [...ids] }, claimedBy: token, status: "pending" }, data: { status: "skipped", error: reason, claimedUntil: null } });
  }

  /** Hands rows back untried (their route is paused past this lease), to be claimed from `nextAttemptAt`. */
  async release(token: string, ids: readonly number[], nextAttemptAt: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.prompt.updateMany({ where: { id: { in: [...ids] }, claimedBy: token, status: "pending" }, data: { nextAttemptAt, claimedBy: null, claimedUntil: null } });
  }
}
