import { pino } from "pino";
import { ManualClock } from "../../../src/clock.js";
import type { ChatPlatform, DeliveryPacing } from "../../../src/ports/delivery.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import type { Database } from "../../../src/store/create-database.js";
import { createStore, type Store } from "../../../src/store/create-store.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../../support/test-database.js";
import { FakePlatform } from "./fake-platform.js";

export const silentLogger = pino({ level: "silent" });

export interface SchedulerFixture {
  database: TestDatabase;
  db: Database;
  store: Store;
  clock: ManualClock;
  platform: FakePlatform;
  scheduler: Scheduler;
  /** Moves the clock to each retry's time and drains, until the outbox has nothing pending. */
  drainRetries(limit?: number): Promise<void>;
  /** Another scheduler on its own connection to the same database (a second process). */
  addScheduler(workerId: string, platforms?: ChatPlatform[]): Promise<{ scheduler: Scheduler; close(): Promise<void> }>;
  close(): Promise<void>;
}

/**
 * Waiting without waiting: each wait is resolved in time order, one per event-loop turn, after the
 * clock is moved to it, so paced sends see the clock move as they would in real time.
 */
function createVirtualWait(clock: ManualClock): (at: Date) => Promise<void> {
  const waiters: { at: number; resolve: () => void }[] = [];
  let pumping = false;
  const pump = () => {
    waiters.sort((a, b) => a.at - b.at);
    const next = waiters.shift();
    if (next === undefined) {
      pumping = false;
      return;
    }
    if (next.at > clock.now().getTime()) clock.set(new Date(next.at));
    next.resolve();
    setImmediate(pump);
  };
  return (at) =>
    new Promise<void>((resolve) => {
      waiters.push({ at: at.getTime(), resolve });
      if (!pumping) {
        pumping = true;
        setImmediate(pump);
      }
    });
}

/** A scheduler on a fresh real database with a fake "console" platform; the clock waits by moving. */
export async function createSchedulerFixture(options: { kind?: DatabaseKind; contents?: "empty" | "seeded"; now: Date; pacing?: DeliveryPacing }): Promise<SchedulerFixture> {
  const database = await createTestDatabase(options.kind ?? "sqlite", options.contents ?? "empty");
  const clock = new ManualClock(options.now);
  const platform = new FakePlatform("console", options.pacing, clock);
  const waitUntil = createVirtualWait(clock);
  const make = (store: Store, workerId: string, platforms: ChatPlatform[]) =>
    new Scheduler({ store, platforms, clock, logger: silentLogger, workerId, dispatch: { waitUntil } });
  const others: (() => Promise<void>)[] = [];
  const store = createStore(database.db, database.kind);
  const scheduler = make(store, "test-1", [platform]);
  return {
    database,
    db: database.db,
    store,
    clock,
    platform,
    scheduler,
    async drainRetries(limit = 1000) {
      for (let round = 0; round < limit; round++) {
        await scheduler.dispatcher.drain();
        const next = await database.db.prompt.findFirst({ where: { status: "pending" }, orderBy: { nextAttemptAt: "asc" }, select: { nextAttemptAt: true } });
        if (next === null) return;
        if (next.nextAttemptAt > clock.now()) clock.set(next.nextAttemptAt);
      }
      throw new Error("the outbox did not drain");
    },
    async addScheduler(workerId, platforms = [platform]) {
      const { createDatabase } = await import("../../../src/store/create-database.js");
      const db = await createDatabase(database.url);
      const close = () => db.$disconnect();
      others.push(close);
      return { scheduler: make(createStore(db, database.kind), workerId, platforms), close };
    },
    async close() {
      for (const close of others) await close();
      await database.close();
    },
  };
}
