// npm run bench:discord-ack -- [--samples 1000]
// Time from an INTERACTION_CREATE sent by the loopback fake gateway to the interaction callback the
// fake REST receives, for `/partner status robotics-tx` through the whole Discord adapter (discord.js,
// routing, the core, SQLite), side by side in one run with a bare discord.js client that replies at
// once to the same interactions. Each fake runs in a process of its own with its own clock, as
// Discord runs apart from the bot. Batches of 1, 10 and 50 concurrent interactions, the two clients
// alternating batch by batch so they share the machine's conditions. Prints a table, then JSON lines.
import { parseArgs } from "node:util";
import { fork } from "node:child_process";
import { loadavg } from "node:os";
import { Client, Events, MessageFlags } from "discord.js";
import { pino } from "pino";
import { systemClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { createDatabase, flavorOf } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import { DISCORD_INTENTS, startDiscord } from "../adapters/discord/start-discord.js";
import type { FakeReply, FakeRequest } from "../adapters/discord/testing/fake-discord-process.js";
import { linkDemoToFakeGuild } from "../tests/support/discord-demo.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { percentile, round } from "./support/read-bench-options.js";
import { discordConventions } from "../adapters/discord/discord-conventions.js";

const { values } = parseArgs({ options: { samples: { type: "string" } } });
// A p99 of 300 samples is the third-worst, which one garbage collection (2 to 10 ms here, in this
// process that runs both clients) decides; of 1,000 it is the tenth.
const SAMPLES = Number(values.samples ?? 1000);
const LEVELS = [1, 10, 50];
const WARMUP = 50;

/** A fake Discord in its own process: send a batch of `/partner status`, get each one's times back. */
class FakeInProcess {
  private readonly child = fork(new URL("../adapters/discord/testing/fake-discord-process.ts", import.meta.url), { execArgv: ["--import", "tsx"] });
  private readonly replies: ((reply: FakeReply) => void)[] = [];
  readonly started: Promise<string>;

  constructor() {
    this.child.on("message", (reply: FakeReply) => this.replies.shift()?.(reply));
    this.child.on("exit", (code) => {
      if (code !== 0) process.exit(1);
    });
    this.started = this.next().then((reply) => (reply.type === "started" ? reply.restBase : ""));
  }

  private next(): Promise<FakeReply> {
    return new Promise((resolve) => this.replies.push(resolve));
  }

  async batch(count: number, waitForAnswers: boolean): Promise<{ callbackMs: number[]; answerMs: number[] }> {
    const reply = this.next();
    this.child.send({ type: "batch", count, path: ["status"], options: [{ name: "partnership", type: 3, value: "robotics-tx" }], waitForAnswers } satisfies FakeRequest);
    const result = await reply;
    if (result.type !== "batch") throw new Error("unexpected reply from the fake");
    return result;
  }

  async stop(): Promise<void> {
    const reply = this.next();
    this.child.send({ type: "stop" } satisfies FakeRequest);
    await reply;
  }
}

// Ours: the real adapter on a seeded SQLite database, robotics-tx linked into the fake server.
const database = await createMigratedDatabase("sqlite");
const db = await createDatabase(database.url);
const store = createStore(db, flavorOf(database.url));
await seedDemo(store, systemClock.now());
const bot = createBot({ store, clock: systemClock, logger: pino({ level: "silent" }), conventions: [discordConventions] });
await linkDemoToFakeGuild(store, systemClock, ["robotics-tx"]);
const oursFake = new FakeInProcess();
const ours = await startDiscord({ token: "bench.token", apiUrl: await oursFake.started, bot, logger: pino({ level: "silent" }) });

// Bare: discord.js with the same intents, replying at once.
const bareFake = new FakeInProcess();
const bare = new Client({ intents: DISCORD_INTENTS, rest: { api: await bareFake.started } });
bare.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: "ok", flags: MessageFlags.Ephemeral });
});
const bareReady = new Promise((resolve) => bare.once(Events.ClientReady, resolve));
await bare.login("bench.token");
await bareReady;

await bareFake.batch(WARMUP, false);
await oursFake.batch(WARMUP, true);

const rows: { concurrency: number; samples: number; ours: number[]; bare: number[]; answers: number[] }[] = [];
for (const concurrency of LEVELS) {
  const row = { concurrency, samples: 0, ours: [] as number[], bare: [] as number[], answers: [] as number[] };
  for (let batch = 0; row.samples < SAMPLES; batch++) {
    // Alternate which client goes first, so neither always follows the other's leftovers.
    const order = batch % 2 === 0 ? ["bare", "ours"] : ["ours", "bare"];
    for (const which of order) {
      if (which === "bare") row.bare.push(...(await bareFake.batch(concurrency, false)).callbackMs);
      else {
        const result = await oursFake.batch(concurrency, true);
        row.ours.push(...result.callbackMs);
        row.answers.push(...result.answerMs);
      }
    }
    row.samples += concurrency;
  }
  for (const list of [row.ours, row.bare, row.answers]) list.sort((a, b) => a - b);
  rows.push(row);
}

await ours.stop();
await bare.destroy();
await oursFake.stop();
await bareFake.stop();
await db.$disconnect();
await database.stop();

console.log("\n/partner status: INTERACTION_CREATE on the fake gateway -> interaction callback on the fake REST (ms)");
console.log("(ours acknowledges with an ephemeral deferral at once, then answers by editing it: 'answer' is the time to that edit)\n");
console.log("concurrency  samples  ours p50  ours p99  bare p50  bare p99  p99 ratio  answer p50  answer p99");
const widths = [13, 9, 10, 10, 10, 10, 11, 12, 10];
const results = rows.map((row) => {
  const p99 = percentile(row.ours, 99);
  const bareP99 = percentile(row.bare, 99);
  const cells = [row.concurrency, row.samples, percentile(row.ours, 50), p99, percentile(row.bare, 50), bareP99, p99 / bareP99, percentile(row.answers, 50), percentile(row.answers, 99)];
  console.log(cells.map((value, index) => String(index < 2 ? value : round(value)).padEnd(widths[index]!)).join(""));
  return { concurrency: row.concurrency, p50_ms: round(percentile(row.ours, 50)), p99_ms: round(p99), bare_p99_ms: round(bareP99), ratio: round(p99 / bareP99), answer_p50_ms: round(percentile(row.answers, 50)), answer_p99_ms: round(percentile(row.answers, 99)) };
});
console.log("\ntarget: p99 within 1.3x of the bare client at every level; answer p99 under 500 ms at 50 concurrent");
console.log(`load average ${loadavg().map((value) => round(value, 1)).join(" ")}\n`);
for (const result of results) console.log(JSON.stringify(result));
process.exit(0);
