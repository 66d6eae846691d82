import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { Store } from "../store/create-store.js";
import type { ChatPlatform } from "../ports/delivery.js";
import { closeDueRounds } from "./close-due-rounds.js";
import { openDueRounds } from "./open-due-rounds.js";
import { OutboxDispatcher, type DispatcherOptions } from "./outbox-dispatcher.js";
import { sendReminders } from "./send-reminders.js";

export interface SchedulerOptions {
  store: Store;
  platforms: readonly ChatPlatform[];
  clock: Clock;
  logger: Logger;
  workerId: string;
  /** PUBLIC_URL: digests link to their round on the web dashboard. */
  publicUrl?: string;
  dispatch?: Partial<Pick<DispatcherOptions, "leaseMs" | "batchSize" | "concurrency" | "maxAttempts" | "waitUntil">>;
}

export interface TickReport {
  opened: number;
  reminded: number;
  closed: number;
  handled: number;
}

/**
 * One scheduler per process. Each tick opens due rounds, queues reminders, closes rounds with their
 * digests, then drains the outbox. Every step is idempotent across processes sharing a database.
 */
export class Scheduler {
  readonly dispatcher: OutboxDispatcher;

  constructor(private readonly options: SchedulerOptions) {
    this.dispatcher = new OutboxDispatcher({
      outbox: options.store.outbox,
      platforms: options.platforms,
      clock: options.clock,
      logger: options.logger,
      workerId: options.workerId,
      ...options.dispatch,
    });
  }

  async tick(): Promise<TickReport> {
    const { store, clock, logger } = this.options;
    const opened = await openDueRounds(store.rounds, clock, logger);
    const reminded = await sendReminders(store.roundFollowUps, clock);
    const closed = await closeDueRounds(store.roundFollowUps, store.digests, clock, logger, this.options.publicUrl);
    const handled = await this.dispatcher.drain();
    if (opened + reminded + closed + handled > 0) logger.info({ opened, reminded, closed, handled }, "scheduler tick");
    return { opened, reminded, closed, handled };
  }
}
