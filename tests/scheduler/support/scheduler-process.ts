// A scheduler in its own OS process, driven by its parent over IPC: {open: {url, workerId, startAt}}
// connects it to a database, {tick: ISO instant} ticks at that instant and answers {ticked: report}.
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

process.on("message", (message: { open?: OpenMessage; tick?: string; exit?: true }) => {
  if (message.exit) {
    void (db?.$disconnect() ?? Promise.resolve()).then(() => process.exit(0));
  } else if (message.open !== undefined) {
    open(message.open).then(
      () => process.send!({ opened: true }),
      (error: unknown) => process.send!({ failed: String(error) }),
    );
  } else if (message.tick !== undefined) {
    clock.set(new Date(message.tick));
    scheduler!.tick().then(
      (report) => process.send!({ ticked: report }),
      (error: unknown) => process.send!({ failed: String(error) }),
    );
  }
});
process.send!({ ready: true });
