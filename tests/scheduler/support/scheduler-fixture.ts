import { pino } from "pino";
import { ManualClock } from "../../../src/clock.js";
import type { ChatPlatform } from "../../../src/scheduler/chat-platform.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import type { Database } from "../../../src/store/create-database.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../../support/test-database.js";
import { FakePlatform } from "./fake-platform.js";

export const silentLogger = pino({ level: "silent" });

export interface SchedulerFixture {
  database: TestDatabase;
  db: Database;
  clock: ManualClock;
  platform: FakePlatform;
  scheduler: Scheduler;
  /** Another scheduler on its own connection to the same database (a second process). */
  addScheduler(workerId: string, platforms?: ChatPlatform[]): Promise<{ scheduler: Scheduler; close(): Promise<void> }>;
  close(): Promise<void>;
}

/** A scheduler on a fresh real database with a fake "console" platform; the clock waits by moving. */
export async function createSchedulerFixture(options: { kind?: DatabaseKind; contents?: "empty" | "seeded"; now: Date }): Promise<SchedulerFixture> {
  const database = await createTestDatabase(options.kind ?? "sqlite", options.contents ?? "empty");
  const clock = new ManualClock(options.now);
  const platform = new FakePlatform();
  const waitUntil = async (at: Date) => {
    if (at > clock.now()) clock.set(at);
  };
  const make = (db: Database, workerId: string, platforms: ChatPlatform[]) =>
    new Scheduler({ db, flavor: database.kind, platforms, clock, logger: silentLogger, workerId, dispatch: { waitUntil } });
  const others: (() => Promise<void>)[] = [];
  return {
    database,
    db: database.db,
    clock,
    platform,
    scheduler: make(database.db, "test-1", [platform]),
    async addScheduler(workerId, platforms = [platform]) {
      const { createDatabase } = await import("../../../src/store/create-database.js");
      const db = await createDatabase(database.url);
      const close = () => db.$disconnect();
      others.push(close);
      return { scheduler: make(db, workerId, platforms), close };
    },
    async close() {
      for (const close of others) await close();
      await database.close();
    },
  };
}
