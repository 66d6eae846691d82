import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { Store } from "../store/create-store.js";
import type { ChatPlatform } from "../ports/delivery.js";
import type { MetricsRecorder } from "../ports/metrics-recorder.js";
import { publicInternetPolicy, type OutboundFetchPolicy } from "../net/outbound-fetch-policy.js";
import { closeDueRounds } from "./close-due-rounds.js";
import { openDueRounds } from "./open-due-rounds.js";
import { DEFAULT_RETENTION, pruneOldRows, type RetentionSettings } from "./prune-old-rows.js";
import { OutboxDispatcher, type DispatcherOptions } from "./outbox-dispatcher.js";
import { rereadCalendars } from "./reread-calendars.js";
import { sendReminders } from "./send-reminders.js";

export interface SchedulerOptions {
  store: Store;
  platforms: readonly ChatPlatform[];
  clock: Clock;
  logger: Logger;
  workerId: string;
  /** How long delivered and processed rows are kept; pruned at most hourly, on a tick. */
  retention?: RetentionSettings;
  /** PUBLIC_URL: digests link to their round on the web dashboard. */
  publicUrl?: string;
  /** GET /metrics: rounds opened, deliveries. */
  metrics?: MetricsRecorder;
  /** Who school calendars are read again from: the public internet, except in tests. */
  outboundFetch?: OutboundFetchPolicy;
  dispatch?: Partial<Pick<DispatcherOptions, "leaseMs" | "batchSize" | "concurrency" | "maxAttempts" | "waitUntil">>;
}

const PRUNE_EVERY_MS = 60 * 60_000;

export interface TickReport {
  opened: number;
  reminded: number;
  closed: number;
  handled: number;
}

/**
 * One scheduler per process. Each tick opens due rounds, queues reminders, closes rounds with their
 * digests, drains the outbox, then forgets inbound delivery ids older than a day. Every step is idempotent across processes sharing a database.
 */
export class Scheduler {
  readonly dispatcher: OutboxDispatcher;
  private stopping = false;
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: SchedulerOptions) {
    this.dispatcher = new OutboxDispatcher({
      outbox: options.store.outbox,
      platforms: options.platforms,
      clock: options.clock,
      logger: options.logger,
      workerId: options.workerId,
      metrics: options.metrics,
      ...options.dispatch,
    });
  }

  async tick(): Promise<TickReport> {
    const { store, clock, logger } = this.options;
    const report: TickReport = { opened: 0, reminded: 0, closed: 0, handled: 0 };
    // After stop() a tick under way finishes the step it is in and starts no other.
    if (this.stopping) return report;
    // Prompts go out as each chunk of rounds commits, while the next chunks are opened.
    const drains = new Set<Promise<number>>();
    const drain = () => {
      const draining = this.dispatcher.drain();
      draining.catch(() => undefined);
      drains.add(draining);
    };
    try {
      report.opened = await openDueRounds(store.rounds, clock, logger, drain);
      this.options.metrics?.countRoundsOpened(report.opened);
      if (this.stopping) return report;
      report.reminded = await sendReminders(store.roundFollowUps, clock);
      if (this.stopping) return report;
      report.closed = await closeDueRounds(store.roundFollowUps, store.digests, clock, logger, this.options.publicUrl);
      drain();
    } finally {
      // A drain started with the rounds ends before the tick does, whichever step ended it.
      report.handled = (await Promise.all(drains)).reduce((sum, handled) => sum + handled, 0);
    }
    if (!this.stopping) await rereadCalendars(store, clock, logger, this.options.outboundFetch ?? publicInternetPolicy);
    await this.pruneHourly();
    if (Object.values(report).some((count) => count > 0)) logger.info(report, "scheduler tick");
    return report;
  }

  private async pruneHourly(): Promise<void> {
    const { store, clock, logger, retention = DEFAULT_RETENTION } = this.options;
    const now = clock.now();
    if (this.stopping || now.getTime() - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now.getTime();
    const pruned = await pruneOldRows(store.retention, now, retention);
    if (Object.values(pruned).some((count) => count > 0)) logger.info({ pruned }, "pruned old rows");
  }

  /** Takes no more scheduled work and hands back unsent claims; resolves when the sends in flight are recorded. */
  async stop(): Promise<number> {
    this.stopping = true;
    return this.dispatcher.stop();
  }
}
