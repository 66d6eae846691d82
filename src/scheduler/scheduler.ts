import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { Store } from "../store/create-store.js";
import type { ChatPlatform } from "../ports/delivery.js";
import { closeDueRounds } from "./close-due-rounds.js";
import { openDueRounds } from "./open-due-rounds.js";
import { OutboxDispatcher, type DispatcherOptions } from "./outbox-dispatcher.js";
import { sendReminders } from "./send-reminders.js";

// Platforms stop retrying a delivery after minutes (Slack retries an event after 1 and 5 minutes), so a
// day of remembered inbound delivery ids is plenty.
const INBOUND_RETENTION_MS = 86_400_000;

export interface SchedulerOptions {
  store: Store;
  platforms: readonly ChatPlatform[];
  clock: Clock;
  logger: Logger;
  workerId: string;
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
 * digests, drains the outbox, then forgets inbound delivery ids older than a day. Every step is idempotent across processes sharing a database.
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
    const closed = await closeDueRounds(store.roundFollowUps, store.digests, clock, logger);
    const handled = await this.dispatcher.drain();
    // Here rather than on the next inbound request, so the table stays a day long with no traffic too.
    const forgotten = await store.inboundDeliveries.prune(new Date(clock.now().getTime() - INBOUND_RETENTION_MS));
    if (opened + reminded + closed + handled + forgotten > 0) logger.info({ opened, reminded, closed, handled, forgotten }, "scheduler tick");
    return { opened, reminded, closed, handled };
  }
}
