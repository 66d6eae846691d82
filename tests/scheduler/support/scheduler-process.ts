// A scheduler in its own OS process, driven by its parent over IPC: {open: {url, workerId, startAt}}
// connects it to a database, {tick: ISO instant} ticks at that instant and answers {ticked: report};
// every answer carries the request's id.
// Its platform posts to the parent's LoopbackPlatform.
import { pino } from "pino";
import { ManualClock } from "../../../src/clock.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import { createDatabase, flavorOf, type Database } from "../../../src/store/create-database.js";
import { createStore } from "../../../src/store/create-store.js";
import { HttpChatPlatform } from "./http-chat-platform.js";

interface OpenMessage {
  url: string;
  workerId: string;
  startAt: string;
  platformUrl: string;
  batchSize: number;
}

let db: Database | undefined;
let scheduler: Scheduler | undefined;
const clock = new ManualClock(new Date(0));

async function open(message: OpenMessage): Promise<void> {
  await db?.$disconnect();
  db = await createDatabase(message.url);
  clock.set(new Date(message.startAt));
  scheduler = new Scheduler({
    store: createStore(db, flavorOf(message.url)),
    platforms: [new HttpChatPlatform(message.platformUrl, message.workerId)],
    clock,
    logger: pino({ level: process.env.LOG_LEVEL ?? "silent" }),
    workerId: message.workerId,
    dispatch: { batchSize: message.batchSize, concurrency: 8, leaseMs: 60_000 },
  });
}

// One message at a time, each answered with its id: a tick a timed-out test left running finishes
// before the next test's open, and its late answer cannot be taken for another request's.
let handling: Promise<void> = Promise.resolve();
process.on("message", (message: { id?: number; open?: OpenMessage; tick?: string; exit?: true }) => {
  handling = handling.then(() => handle(message));
});

async function handle(message: { id?: number; open?: OpenMessage; tick?: string; exit?: true }): Promise<void> {
  const { id } = message;
  try {
    if (message.exit) {
      await db?.$disconnect();
      process.exit(0);
    } else if (message.open !== undefined) {
      await open(message.open);
      process.send!({ id, opened: true });
    } else if (message.tick !== undefined) {
      clock.set(new Date(message.tick));
      process.send!({ id, ticked: await scheduler!.tick() });
    }
  } catch (error) {
    process.send!({ id, failed: String(error) });
  }
}
process.send!({ ready: true });
