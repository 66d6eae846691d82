import { pino } from "pino";
import type { Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import type { Actor } from "../../src/commands/command-context.js";
import { createBot } from "../../src/create-bot.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import { DEMO_COORDINATOR, DEMO_WORKSPACE, seedDemo } from "../../src/store/seed-demo.js";
import { DEMO_NOW } from "./demo-now.js";
import type { Message, Reply } from "../../src/ui/reply.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "./test-database.js";

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
export async function createTestBot(options: { kind?: DatabaseKind; seed?: boolean; now?: Date } = {}): Promise<TestBot> {
  const seeded = options.seed !== false;
  // The seeded templates were seeded at DEMO_NOW; another start moment needs its own seeding.
  const fromTemplate = seeded && (options.now === undefined || options.now.getTime() === DEMO_NOW.getTime());
  const database = await createTestDatabase(options.kind ?? "sqlite", fromTemplate ? "seeded" : "empty");
  const clock = new ManualClock(options.now ?? DEMO_NOW);
  if (seeded && !fromTemplate) await seedDemo(database.db, clock.now());
  const store = createStore(database.db);
  const bot = createBot(store, clock, pino({ level: "silent" }), new Set());
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

/** All the text of a message, for assertions: heading, texts, fields, list items, progress details. */
export function textOf(message: Message): string {
  const parts: string[] = [message.heading ?? ""];
  for (const block of message.blocks) {
    if (block.type === "text" || block.type === "context") parts.push(block.text);
    if (block.type === "fields") parts.push(...block.fields.map((field) => `${field.label}: ${field.value}`));
    if (block.type === "list") parts.push(block.title ?? "", ...block.items);
    if (block.type === "progress") parts.push(`${block.label} ${block.detail}`);
    if (block.type === "actions") parts.push(...block.buttons.map((button) => button.label));
    if (block.type === "file") parts.push(block.content);
    if (block.type === "chart") parts.push(block.chart.title, block.chart.description);
  }
  return parts.join("\n");
}
