// npm run bench:fanout -- [--partnerships 10000] [--db sqlite|postgres|both]
// BENCH_NODE_FLAGS="--max-old-space-size=128" runs the measured process with those Node flags.
// A weekly fan-out: N partnerships with 3 liaisons each come due at the same minute. Times opening
// the rounds (rounds, outbox rows) and dispatching every prompt to a fake chat platform on 127.0.0.1
// (its own process, no rate limits, so the figures are the bot's own overhead), and peak memory.
import { formatDeliveryTarget } from "../src/ports/delivery-target.js";
import { fork, spawn } from "node:child_process";
import http from "node:http";
import { pino } from "pino";
import { ManualClock } from "../src/clock.js";
import { RetryableDeliveryError, type ChatPlatform, type Delivery, type DeliveryReceipt } from "../src/ports/delivery.js";
import { openDueRounds } from "../src/scheduler/open-due-rounds.js";
import { Scheduler } from "../src/scheduler/scheduler.js";
import { createDatabase, flavorOf } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { createBulkWriter, type Row } from "./support/bulk-writer.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { readBenchOptions, round } from "./support/read-bench-options.js";

const LIAISONS = 3;
const CHUNK = 500;
// Monday 30 November 2026, 09:00 in Chicago, and half a minute later.
const DUE = new Date("2026-11-30T15:00:00Z");
const NOW = new Date(DUE.getTime() + 30_000);

const FAKE_PLATFORM = `
const http = require("node:http");
let received = 0;
const server = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    received++;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: "m" + received }));
  });
});
server.keepAliveTimeout = 60000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("message", (message) => { if (message === "count") process.send({ received }); });
`;

/** The fake platform in its own process, so its work is not counted as the bot's. */
async function startFakePlatform(): Promise<{ url: string; received(): Promise<number>; stop(): void }> {
  const child = spawn(process.execPath, ["-e", FAKE_PLATFORM], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const port = await new Promise<number>((resolve) => child.once("message", (message: { port: number }) => resolve(message.port)));
  return {
    url: `http://127.0.0.1:${port}/messages`,
    received: () =>
      new Promise((resolve) => {
        child.once("message", (message: { received: number }) => resolve(message.received));
        child.send("count");
      }),
    stop: () => child.kill(),
  };
}

/** Posts each delivery over a keep-alive connection, as the adapters' HTTP clients do. */
class LoopbackPlatform implements ChatPlatform {
  readonly platform = "console";
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  constructor(private readonly url: string) {}

  deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    const body = JSON.stringify({ target: formatDeliveryTarget(delivery.target), nonce: delivery.idempotencyKey, message: delivery.message });
    return new Promise((resolve, reject) => {
      const request = http.request(this.url, { method: "POST", agent: this.agent, headers: { "content-type": "application/json" } }, (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => {
          if (response.statusCode !== 200) reject(new RetryableDeliveryError(`HTTP ${response.statusCode}`));
          else resolve({ platformMessageId: (JSON.parse(text) as { id: string }).id });
        });
      });
      request.on("error", (error) => reject(new RetryableDeliveryError(error.message)));
      request.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

async function seed(url: string, partnerships: number): Promise<void> {
  const writer = createBulkWriter(url);
  const at = new Date(DUE.getTime() - 30 * 86_400_000);
  for (let first = 1; first <= partnerships; first += CHUNK) {
    const ids = Array.from({ length: Math.min(CHUNK, partnerships - first + 1) }, (_, index) => first + index);
    const slots = ids.flatMap((id) => Array.from({ length: LIAISONS }, (_, slot) => ({ id, key: (id - 1) * LIAISONS + slot + 1 })));
    const tables: Record<string, Row[]> = {
      Partnership: ids.map((id) => ({ id, platform: "console", workspaceId: "bench", handle: `partnership-${id}`, name: `Partnership ${id}`, status: "active", programModels: "", timezone: "America/Chicago", createdAt: at, updatedAt: at })),
      Schedule: ids.map((id) => ({ partnershipId: id, weekday: 1, localTime: "09:00", timezone: "America/Chicago", cadence: "weekly", closeAfterHours: 72, reminderBeforeHours: 24, nextRoundAt: DUE, updatedAt: at })),
      ChannelLink: ids.map((id) => ({ partnershipId: id, platform: "console", workspaceId: "bench", channelId: `updates-${id}`, purpose: "updates", createdAt: at })),
      Organization: slots.map(({ id, key }) => ({ id: key, platform: "console", workspaceId: "bench", name: `Org ${id}-${key}`, kind: "business", createdAt: at })),
      Partner: slots.map(({ id, key }) => ({ id: key, partnershipId: id, organizationId: key, role: "", commitments: "", createdAt: at })),
      Person: slots.map(({ key }) => ({ id: key, displayName: `Liaison ${key}`, createdAt: at })),
      ChatIdentity: slots.map(({ key }) => ({ personId: key, platform: "console", workspaceId: "bench", userId: `liaison-${key}`, displayName: `Liaison ${key}`, isAdmin: false, updatedAt: at })),
      Liaison: slots.map(({ key }) => ({ partnerId: key, personId: key, createdAt: at })),
    };
    for (const [table, rows] of Object.entries(tables)) await writer.insert(table, rows);
  }
  await writer.finish(["Partnership", "Organization", "Partner", "Person"]);
  await writer.close();
}

/** Opens the rounds and dispatches every prompt, in this process; the figures for one database. */
async function measure(url: string, platformUrl: string, partnerships: number): Promise<Record<string, string | number>> {
  const db = await createDatabase(url);
  const clock = new ManualClock(NOW);
  const loopback = new LoopbackPlatform(platformUrl);
  const logger = pino({ level: "warn" });
  const store = createStore(db, flavorOf(url));
  const scheduler = new Scheduler({ store, platforms: [loopback], clock, logger, workerId: "bench", dispatch: { batchSize: 200, concurrency: 64 } });
  await db.schedule.count();
  const startRss = process.memoryUsage.rss();
  const roundsStarted = performance.now();
  const opened = await openDueRounds(store.rounds, clock, logger);
  const roundsSeconds = (performance.now() - roundsStarted) / 1000;
  const roundsPeakRss = process.resourceUsage().maxRSS;
  const dispatchStarted = performance.now();
  const handled = await scheduler.dispatcher.drain();
  const dispatchSeconds = (performance.now() - dispatchStarted) / 1000;
  const sent = await db.prompt.count({ where: { status: "sent" } });
  const expected = partnerships * LIAISONS;
  if (opened !== partnerships || sent !== expected || handled !== expected) {
    throw new Error(`fan-out incomplete: ${opened} rounds, ${handled} handled, ${sent} sent; expected ${expected} prompts`);
  }
  loopback.close();
  await db.$disconnect();
  return {
    bench: "fanout",
    db: flavorOf(url),
    partnerships,
    prompts: expected,
    rounds_s: round(roundsSeconds),
    dispatch_s: round(dispatchSeconds),
    prompts_per_s: Math.round(expected / dispatchSeconds),
    end_to_end_prompts_per_s: Math.round(expected / (roundsSeconds + dispatchSeconds)),
    // The whole process's peak, Prisma's query engine (about 190 MB at rest) included.
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    // The peak by the end of opening the rounds: which phase the peak belongs to.
    rounds_peak_rss_mb: Math.round(roundsPeakRss / 1024),
    // The process before any work (Node, tsx, Prisma with its first query).
    start_rss_mb: Math.round(startRss / 1024 / 1024),
  };
}

const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);

/** Runs `measure` in a fresh process, so its peak memory is the bot's alone (no seeding, no other database). */
function measureInChild(url: string, platformUrl: string, partnerships: number): Promise<Record<string, string | number>> {
  return new Promise((resolve, reject) => {
    const child = fork(import.meta.filename, ["--measure", url, platformUrl, String(partnerships)], { execArgv: ["--import", "tsx", ...nodeFlags], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.once("message", (result: Record<string, string | number>) => resolve(result));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the measuring process exited with ${code}`))));
  });
}

if (process.argv[2] === "--measure") {
  const [url, platformUrl, partnerships] = process.argv.slice(3);
  process.send!(await measure(url!, platformUrl!, Number(partnerships)));
  process.exit(0);
}

const options = readBenchOptions({ partnerships: 10_000 });
const results: Record<string, string | number>[] = [];
for (const kind of options.databases) {
  const database = await createMigratedDatabase(kind);
  await seed(database.url, options.partnerships);
  const platform = await startFakePlatform();
  try {
    const result = await measureInChild(database.url, platform.url, options.partnerships);
    const received = await platform.received();
    if (received !== result.prompts) throw new Error(`the fake platform received ${received} messages, expected ${result.prompts}`);
    results.push(result);
  } finally {
    platform.stop();
    await database.stop();
  }
}

console.log("\nweekly fan-out: one tick opens every round and its outbox rows, then the dispatcher sends every prompt");
console.log("to a fake platform on 127.0.0.1 (its own process, no rate limits): the bot's own overhead");
console.log("db        partnerships  prompts  rounds s  dispatch s  prompts/s  end-to-end/s  peak RSS MB");
for (const r of results) {
  console.log(
    `${String(r.db).padEnd(10)}${String(r.partnerships).padEnd(14)}${String(r.prompts).padEnd(9)}${String(r.rounds_s).padEnd(10)}${String(r.dispatch_s).padEnd(12)}${String(r.prompts_per_s).padEnd(11)}${String(r.end_to_end_prompts_per_s).padEnd(14)}${r.peak_rss_mb}`,
  );
}
for (const r of results) console.log(JSON.stringify(r));
