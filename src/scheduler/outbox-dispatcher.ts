import { noteBulkWork } from "./collect-bulk-garbage.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { ClaimedPrompt, OutboxRepository, SentPrompt } from "../store/outbox-repository.js";
import { PermanentDeliveryError, RetryableDeliveryError, type ChatPlatform } from "../ports/delivery.js";
import { NO_METRICS, type DeliveryResult, type MetricsRecorder } from "../ports/metrics-recorder.js";
import { parseDeliveryTarget } from "../ports/delivery-target.js";
import type { OutboundMessage } from "../ui/reply.js";
import { RoutePacer } from "./route-pacer.js";
import { SendSlots } from "./send-slots.js";

export interface DispatcherOptions {
  outbox: OutboxRepository;
  platforms: readonly ChatPlatform[];
  clock: Clock;
  logger: Logger;
  /** Names this process in claims (host and pid, or a test's label). */
  workerId: string;
  /** How long a claim lasts; a dispatcher that dies holding rows frees them after this. */
  leaseMs?: number;
  batchSize?: number;
  concurrency?: number;
  /** Tries before a failing message (not a rate limit) is given up. */
  maxAttempts?: number;
  /** Waits until an instant; tests pass one that moves their manual clock. */
  waitUntil?: (at: Date) => Promise<void>;
  metrics?: MetricsRecorder;
}

const LEASE_MARGIN_MS = 10_000;
const GROUP_SIZE = 200;
// Long enough that a group is tens of rows at a fan-out's pace; the last group of a batch goes at once.
const GROUP_LINGER_MS = 20;
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 30 * 60_000;
/** Kinds that are pointless once their round has closed. */
const ROUND_BOUND_KINDS = new Set(["checkin", "reminder"]);

/** How recordFailure below ends a delivery that threw, for GET /metrics. */
function resultOf(error: unknown, lastAttempt: boolean): DeliveryResult {
  if (error instanceof RetryableDeliveryError && error.retryAfterMs !== undefined) return "rate_limited";
  return error instanceof PermanentDeliveryError || lastAttempt ? "failed" : "retry";
}

/** 30 s, 1 min, 2 min ... capped at 30 min. */
export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}

/**
 * Sends the outbox: claims due rows under a lease, paces them per platform and target, sends each
 * through its platform's adapter and records the result. Sent rows are recorded in groups (one
 * statement per group), and a batch is done only when every result is committed.
 */
export class OutboxDispatcher {
  private readonly platforms: Map<string, ChatPlatform>;
  private readonly pacer = new RoutePacer();
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly waitUntil: (at: Date) => Promise<void>;
  private readonly metrics: MetricsRecorder;
  private sequence = 0;
  private running: Promise<number> | null = null;
  /** Shared by every batch in flight, so `concurrency` bounds this process's sends. */
  private readonly slots: SendSlots;
  private stopping = false;
  private wakeOnStop: () => void = () => undefined;
  private readonly stopped = new Promise<void>((resolve) => (this.wakeOnStop = resolve));
  /** Rows claimed and not yet handed to a platform, with their claim token: what `stop()` gives back. */
  private readonly unstarted = new Map<number, string>();

  constructor(private readonly options: DispatcherOptions) {
    this.platforms = new Map(options.platforms.map((platform) => [platform.platform, platform]));
    this.leaseMs = options.leaseMs ?? 120_000;
    this.batchSize = options.batchSize ?? 200;
    this.concurrency = options.concurrency ?? 16;
    this.maxAttempts = options.maxAttempts ?? 8;
    this.metrics = options.metrics ?? NO_METRICS;
    this.slots = new SendSlots(this.concurrency);
    this.waitUntil = options.waitUntil ?? ((at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - options.clock.now().getTime()))));
  }

  /**
   * Sends batches until nothing is due; returns how many rows were handled. One drain per process at
   * a time. Two batches overlap (each under its own claim), so the sends of one batch's tail share
   * the queue with the next batch's instead of leaving it idle while the last results commit.
   */
  drain(): Promise<number> {
    const loop = async () => {
      let handled = 0;
      while (!this.stopping) {
        const count = await this.dispatchBatch();
        if (count === 0) return handled;
        handled += count;
        noteBulkWork();
      }
      return handled;
    };
    this.running ??= Promise.all([loop(), loop()])
      .then(([first, second]) => first + second)
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Claims and handles one batch; 0 when nothing was due. */
  async dispatchBatch(): Promise<number> {
    const { outbox, clock } = this.options;
    if (this.stopping) return 0;
    const now = clock.now();
    const token = `${this.options.workerId}:${++this.sequence}`;
    const rows = await outbox.claim({ token, platforms: [...this.platforms.keys()], now, leaseUntil: new Date(now.getTime() + this.leaseMs), limit: this.batchSize });
    if (rows.length === 0) return 0;
    for (const row of rows) this.unstarted.set(row.id, token);
    // stop() came while the claim was being written: give these back at once.
    if (this.stopping) {
      await this.releaseUnstarted();
      return rows.length;
    }

    const stale = new Set(rows.filter((row) => ROUND_BOUND_KINDS.has(row.kind) && row.roundClosed));
    for (const row of stale) this.unstarted.delete(row.id);
    await outbox.recordSkipped(token, [...stale].map((row) => row.id), "the round closed before this could be delivered");

    const recorder = new SentRecorder(outbox, token, clock, this.options.logger);
    const maxWaitMs = this.leaseMs - 2 * LEASE_MARGIN_MS;
    const deferred = new Map<number, number[]>();
    const scheduled: Promise<void>[] = [];
    for (const row of rows) {
      // Stale, or handed back by stop() while the closed rounds were read.
      if (!this.unstarted.has(row.id)) continue;
      const platform = this.platforms.get(row.platform)!;
      const at = this.pacer.reserve(row.platform, platform.pacing, row.target, now.getTime(), maxWaitMs);
      if (at === null) {
        const resumeAt = Math.max(this.pacer.pausedUntil(row.platform, row.target), now.getTime() + maxWaitMs);
        deferred.set(resumeAt, [...(deferred.get(resumeAt) ?? []), row.id]);
        this.unstarted.delete(row.id);
        continue;
      }
      scheduled.push(at > now.getTime() ? this.sendAt(at, platform, row, token, recorder) : this.slots.run(() => this.sendUnstarted(platform, row, token, recorder)));
    }
    // Watched from now on, so a send that fails while the deferred rows are handed back is not unhandled.
    const sent = Promise.all(scheduled);
    sent.catch(() => undefined);
    for (const [resumeAt, ids] of deferred) await outbox.release(token, ids, new Date(resumeAt));
    try {
      await sent;
    } finally {
      await recorder.flush();
    }
    return rows.length;
  }

  /** A paced row may wait most of a lease; stop() wakes it (and has handed it back by then). */
  private async sendAt(at: number, platform: ChatPlatform, row: ClaimedPrompt, token: string, recorder: SentRecorder): Promise<void> {
    await Promise.race([this.waitUntil(new Date(at)), this.stopped]);
    await this.slots.run(() => this.sendUnstarted(platform, row, token, recorder));
  }

  /** Checked as the send starts, so stop() never hands back a row that is being sent. */
  private sendUnstarted(platform: ChatPlatform, row: ClaimedPrompt, token: string, recorder: SentRecorder): Promise<void> {
    if (!this.unstarted.delete(row.id)) return Promise.resolve();
    return this.send(platform, row, token, recorder);
  }

  /**
   * Stops claiming, hands every claimed row not yet sent back to the outbox (so another process
   * sends it now rather than when the lease ends), and resolves once the sends already in flight
   * have been recorded. Returns how many rows were handed back.
   */
  async stop(): Promise<number> {
    this.stopping = true;
    this.wakeOnStop();
    const released = await this.releaseUnstarted();
    await this.running;
    return released;
  }

  private async releaseUnstarted(): Promise<number> {
    const byToken = new Map<string, number[]>();
    for (const [id, token] of this.unstarted) byToken.set(token, [...(byToken.get(token) ?? []), id]);
    this.unstarted.clear();
    const now = this.options.clock.now();
    for (const [token, ids] of byToken) await this.options.outbox.release(token, ids, now);
    const released = [...byToken.values()].reduce((sum, ids) => sum + ids.length, 0);
    if (released > 0) this.options.logger.info({ released }, "handed claimed messages back to the outbox");
    return released;
  }

  private async send(platform: ChatPlatform, row: ClaimedPrompt, token: string, recorder: SentRecorder): Promise<void> {
    const { outbox, clock } = this.options;
    const now = clock.now().getTime();
    // Never send on a lease that may have run out: another dispatcher could hold the row by now.
    if (now >= row.claimedUntil.getTime() - LEASE_MARGIN_MS) {
      await outbox.release(token, [row.id], new Date(now));
      return;
    }
    const pausedUntil = this.pacer.pausedUntil(row.platform, row.target);
    if (pausedUntil > now) {
      await outbox.release(token, [row.id], new Date(pausedUntil));
      return;
    }
    const attempt = row.attempts + 1;
    let platformMessageId: string;
    try {
      const target = parseDeliveryTarget(row.target);
      if (target === null) throw new PermanentDeliveryError(`The outbox row names no channel or person ("${row.target}").`);
      const receipt = await platform.deliver({
        promptId: row.id,
        kind: row.kind,
        partnershipId: row.partnershipId,
        roundId: row.roundId,
        workspaceId: row.workspaceId,
        target,
        message: JSON.parse(row.payload) as OutboundMessage,
        idempotencyKey: row.dedupeKey,
        attempt,
      });
      platformMessageId = receipt.platformMessageId;
      this.metrics.countDelivery(row.platform, "sent");
    } catch (error) {
      await this.recordFailure(row, token, attempt, error);
      return;
    }
    // Not awaited here, so the send slot is free while the group commits; the batch flushes the
    // recorder. A failed commit is logged by it; the row goes again when its lease runs out.
    recorder.add({ id: row.id, platformMessageId });
  }

  private async recordFailure(row: ClaimedPrompt, token: string, attempt: number, error: unknown): Promise<void> {
    const { outbox, clock, logger } = this.options;
    const failedAt = clock.now().getTime();
    const reason = error instanceof Error ? error.message : String(error);
    this.metrics.countDelivery(row.platform, resultOf(error, attempt >= this.maxAttempts));
    if (error instanceof RetryableDeliveryError && error.retryAfterMs !== undefined) {
      const until = failedAt + error.retryAfterMs;
      this.pacer.pause(row.platform, error.scope === "platform" ? null : row.target, until);
      await outbox.recordRetry(token, row.id, { error: `rate limited: ${reason}`, nextAttemptAt: new Date(until), counts: false });
    } else if (error instanceof PermanentDeliveryError) {
      logger.warn({ promptId: row.id, platform: row.platform, target: row.target, err: error }, "delivery failed for good");
      await outbox.recordFailed(token, row.id, reason);
    } else if (attempt >= this.maxAttempts) {
      logger.error({ promptId: row.id, platform: row.platform, target: row.target, attempt, err: error }, "delivery given up after retries");
      await outbox.recordFailed(token, row.id, `gave up after ${attempt} tries: ${reason}`);
    } else {
      if (!(error instanceof RetryableDeliveryError)) logger.error({ promptId: row.id, platform: row.platform, err: error }, "unexpected delivery error; will retry");
      await outbox.recordRetry(token, row.id, { error: reason, nextAttemptAt: new Date(failedAt + retryDelayMs(attempt)), counts: true });
    }
  }
}

/**
 * Group commit for sent rows: while one UPDATE is being written, results gather, and the next UPDATE
 * takes all of them; a lone result waits a little for company. So 30,000 sends cost a few hundred
 * statements (and commits) instead of 30,000.
 */
class SentRecorder {
  private waiting: SentPrompt[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | null = null;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly token: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  add(sent: SentPrompt): void {
    this.waiting.push(sent);
    if (this.writing !== null) return;
    if (this.waiting.length >= GROUP_SIZE) this.writeNow();
    else this.timer ??= setTimeout(() => this.writeNow(), GROUP_LINGER_MS);
  }

  /** Resolves once every row added so far has been written, or its write has failed (and been logged). */
  async flush(): Promise<void> {
    this.writeNow();
    while (this.writing !== null) await this.writing;
  }

  private writeNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing !== null || this.waiting.length === 0) return;
    const group = this.waiting;
    this.waiting = [];
    this.writing = this.outbox
      .recordSent(this.token, group, this.clock.now())
      .then(
        () => undefined,
        (error: unknown) => {
          // Sent but not recorded: the lease runs out and the row goes again (the README's one window).
          this.logger.error({ err: error, count: group.length }, "could not record sent messages");
        },
      )
      .finally(() => {
        this.writing = null;
        this.writeNow();
      });
  }
}
