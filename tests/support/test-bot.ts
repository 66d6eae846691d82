import { pino } from "pino";
import type { Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import type { Actor } from "../../src/ports/actor.js";
import { createBot } from "../../src/create-bot.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import { DEMO_COORDINATOR, DEMO_WORKSPACE } from "../../src/demo/demo-workspace.js";
import { seedDemo } from "../../src/demo/seed-demo.js";
import { DEMO_NOW } from "./demo-now.js";
import type { Message, Reply } from "../../src/ui/reply.js";
import type { OutboundFetchPolicy } from "../../src/net/outbound-fetch-policy.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database.js";
import { ALL_CONVENTIONS } from "./all-conventions.js";

export { DEMO_NOW };

export const coordinator: Actor = { ...DEMO_WORKSPACE, ...DEMO_COORDINATOR, isPlatformAdmin: true };
/** Seeded liaison of robotics-tx (Lincoln Middle School). */
export const maria: Actor = { ...DEMO_WORKSPACE, userId: "maria.alvarez", displayName: "Maria Alvarez", isPlatformAdmin: false };
/** Someone in the demo workspace who is neither a coordinator nor a liaison. */
export const visitor: Actor = { ...DEMO_WORKSPACE, userId: "visitor", displayName: "Visiting Parent", isPlatformAdmin: false };

export interface TestBot {
  bot: Bot;
  store: Store;
  clock: ManualClock;
  database: TestDatabase;
  /** Runs a command line as `actor` (the demo coordinator by default). */
  run(line: string, actor?: Actor): Promise<Reply>;
  /** Runs a command line and expects a message back. */
  say(line: string, actor?: Actor): Promise<Message>;
  close(): Promise<void>;
}

/** A bot on a fresh real database, seeded with the demo partnerships unless `seed` is false. */
export async function createTestBot(options: { kind?: DatabaseKind; seed?: boolean; now?: Date; outboundFetch?: OutboundFetchPolicy } = {}): Promise<TestBot> {
  const seeded = options.seed !== false;
  // The seeded templates were seeded at DEMO_NOW; another start moment needs its own seeding.
  const fromTemplate = seeded && (options.now === undefined || options.now.getTime() === DEMO_NOW.getTime());
  const database = await createTestDatabase(options.kind ?? "sqlite", fromTemplate ? "seeded" : "empty");
  const clock = new ManualClock(options.now ?? DEMO_NOW);
  const store = createStore(database.db, database.kind);
  if (seeded && !fromTemplate) await seedDemo(store, clock.now());
  const bot = createBot({ store, clock, logger: pino({ level: "silent" }), conventions: ALL_CONVENTIONS, outboundFetch: options.outboundFetch });
  const run = (line: string, actor: Actor = coordinator) => bot.runCommandLine(line, { actor, channelId: "C-test" });
  return {
    bot,
    store,
    clock,
    database,
    run,
    async say(line, actor) {
      const reply = await run(line, actor);
      if (reply.kind !== "message") throw new Error(`expected a message from "${line}", got a form`);
      return reply;
    },
    close: () => database.close(),
  };
}
