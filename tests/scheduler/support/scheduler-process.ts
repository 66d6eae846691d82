// A scheduler in its own OS process, driven by its parent over IPC: {tick: ISO instant} ticks at
// that instant and answers {ticked: report}. Its platform posts to the parent's LoopbackPlatform.
import { pino } from "pino";
import { ManualClock } from "../../../src/clock.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import { createDatabase, flavorOf } from "../../../src/store/create-database.js";
import { HttpChatPlatform } from "./http-chat-platform.js";

const url = process.env.DATABASE_URL!;
const workerId = process.env.WORKER_ID!;
const db = await createDatabase(url);
const clock = new ManualClock(new Date(process.env.START_AT!));
const scheduler = new Scheduler({
  db,
  flavor: flavorOf(url),
  platforms: [new HttpChatPlatform(process.env.PLATFORM_URL!, workerId)],
  clock,
  logger: pino({ level: process.env.LOG_LEVEL ?? "silent" }),
  workerId,
  dispatch: { batchSize: Number(process.env.BATCH_SIZE ?? 50), concurrency: 8, leaseMs: 60_000 },
});

process.on("message", (message: { tick?: string; exit?: true }) => {
  if (message.exit) {
    void db.$disconnect().then(() => process.exit(0));
    return;
  }
  if (message.tick !== undefined) {
    clock.set(new Date(message.tick));
    scheduler.tick().then(
      (report) => process.send!({ ticked: report }),
      (error: unknown) => process.send!({ failed: String(error) }),
    );
  }
});
process.send!({ ready: true });
