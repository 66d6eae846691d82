import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { Database, DatabaseFlavor } from "../store/create-database.js";
import { DigestRepository } from "../store/digest-repository.js";
import { OutboxRepository } from "../store/outbox-repository.js";
import { RoundFollowUpsRepository } from "../store/round-follow-ups-repository.js";
import { RoundsRepository } from "../store/rounds-repository.js";
import type { ChatPlatform } from "../ports/delivery.js";
import { closeDueRounds } from "./close-due-rounds.js";
import { openDueRounds } from "./open-due-rounds.js";
import { OutboxDispatcher, type DispatcherOptions } from "./outbox-dispatcher.js";
import { sendReminders } from "./send-reminders.js";

export interface SchedulerOptions {
  db: Database;
  flavor: DatabaseFlavor;
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
 * digests, then drains the outbox. Every step is idempotent across processes sharing a database.
 */
export class Scheduler {
  readonly dispatcher: OutboxDispatcher;
  readonly rounds: RoundsRepository;
  private readonly followUps: RoundFollowUpsRepository;
  private readonly digests: DigestRepository;

  constructor(private readonly options: SchedulerOptions) {
    this.rounds = new RoundsRepository(options.db);
    this.followUps = new RoundFollowUpsRepository(options.db);
    this.digests = new DigestRepository(options.db);
    this.dispatcher = new OutboxDispatcher({
      outbox: new OutboxRepository(options.db, options.flavor),
      platforms: options.platforms,
      clock: options.clock,
      logger: options.logger,
      workerId: options.workerId,
      ...options.dispatch,
    });
  }

  async tick(): Promise<TickReport> {
    const { clock, logger } = this.options;
    const opened = await openDueRounds(this.rounds, clock, logger);
    const reminded = await sendReminders(this.followUps, clock);
    const closed = await closeDueRounds(this.followUps, this.digests, clock, logger);
    const handled = await this.dispatcher.drain();
    if (opened + reminded + closed + handled > 0) logger.info({ opened, reminded, closed, handled }, "scheduler tick");
    return { opened, reminded, closed, handled };
  }
}
