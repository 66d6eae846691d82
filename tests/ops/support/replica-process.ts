// A bot replica in its own OS process, as main.ts runs one: the real scheduler loop (startScheduler)
// and the real SIGTERM path (shutDownGracefully). Driven over IPC: {open} connects it to a database
// with its clock at startAt, {tick} ticks once at an instant, {serve} starts the loop at an instant.
// Its log lines go to the parent as {log}, so a test can wait for what the process says.
// The clock only moves when told: leases never run out here, so another replica can take a row
// only if this one hands it back.
import { Writable } from "node:stream";
import { pino } from "pino";
import { ManualClock } from "../../../src/clock.js";
import { Scheduler } from "../../../src/scheduler/scheduler.js";
import { startScheduler, type RunningScheduler } from "../../../src/scheduler/start-scheduler.js";
import { shutDownGracefully } from "../../../src/shut-down-gracefully.js";
import { createDatabase, flavorOf, type Database } from "../../../src/store/create-database.js";
import { createStore } from "../../../src/store/create-store.js";
import { HttpChatPlatform } from "../../scheduler/support/http-chat-platform.js";

interface OpenMessage {
  url: string;
  workerId: string;
  startAt: string;
  platformUrl: string;
  batchSize: number;
  concurrency: number;
}

const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    process.send!({ log: JSON.parse(chunk.toString()) as unknown }, () => done());
  },
});
const logger = pino({ level: "info" }, logs);
const clock = new ManualClock(new Date(0));
let db: Database | undefined;
let scheduler: Scheduler | undefined;
let running: RunningScheduler | undefined;

process.once("SIGTERM", () => {
  void shutDownGracefully({ stops: running ? [() => running!.stop()] : [], closeDatabase: async () => db?.$disconnect(), logger, boundMs: 10_000 }).then((finished) =>
    process.exit(finished ? 0 : 1),
  );
});

process.on("message", (message: { id?: number; open?: OpenMessage; tick?: string; serve?: string }) => {
  void handle(message).then(
    (answer) => process.send!({ id: message.id, ...answer }),
    (error: unknown) => process.send!({ id: message.id, failed: String(error) }),
  );
});

async function handle(message: { open?: OpenMessage; tick?: string; serve?: string }): Promise<object> {
  if (message.open !== undefined) {
    const { url, workerId, startAt, platformUrl, batchSize, concurrency } = message.open;
    db = await createDatabase(url);
    clock.set(new Date(startAt));
    const platforms = [new HttpChatPlatform(platformUrl, workerId)];
    scheduler = new Scheduler({ store: createStore(db, flavorOf(url)), platforms, clock, logger, workerId, dispatch: { batchSize, concurrency } });
    return { opened: true };
  }
  if (message.tick !== undefined) {
    clock.set(new Date(message.tick));
    return { ticked: await scheduler!.tick() };
  }
  if (message.serve !== undefined) {
    clock.set(new Date(message.serve));
    running = startScheduler(scheduler!, { cronExpression: "* * * * *", pollMs: 100, logger });
    return { serving: true };
  }
  throw new Error(`unknown request ${JSON.stringify(message)}`);
}
process.send!({ ready: true });
