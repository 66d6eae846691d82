// npm run bench:status -- [--partnerships 10000] [--db sqlite|postgres|both] [--requests 1000]
// Seeds N partnerships (3 partners, 3 liaisons, 4 metrics, a year of weekly check-ins each) and times
// `/partner status <handle>` through the whole core (the Bot, as an adapter calls it), then the first
// page of `/partner list` and the suggestions for a mistyped handle at the same size.
import { pino } from "pino";
import { ManualClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { createDatabase } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { percentile, readBenchOptions, round } from "./support/read-bench-options.js";
import { seedBulkPartnerships } from "./support/seed-bulk-partnerships.js";

const options = readBenchOptions({ partnerships: 10_000 });
const now = new Date("2026-11-23T18:00:00Z");
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
const results: Record<string, unknown>[] = [];

for (const kind of options.databases) {
  const database = await createMigratedDatabase(kind);
  const seedStarted = performance.now();
  await seedBulkPartnerships(database.url, options.partnerships, now);
  let statements = 0;
  const db = await createDatabase(database.url, { observeQuery: () => statements++ });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const bot = createBot({ store: createStore(db, kind), clock: new ManualClock(now), logger: pino({ level: "silent" }) });
  const actor = { platform: "console", workspaceId: "bench", userId: "reader", displayName: "Reader", isPlatformAdmin: false };
  const handle = (i: number) => `partnership-${((i * 7919) % options.partnerships) + 1}`;
  const timeCase = async (bench: string, line: (i: number) => string, check: (reply: Awaited<ReturnType<typeof bot.runCommandLine>>) => boolean) => {
    for (let i = 0; i < 100; i++) await bot.runCommandLine(line(i), { actor });
    const durations: number[] = [];
    statements = 0;
    for (let i = 0; i < options.requests; i++) {
      const started = performance.now();
      const reply = await bot.runCommandLine(line(i + 100), { actor });
      durations.push(performance.now() - started);
      if (!check(reply)) throw new Error(`${bench} failed: ${JSON.stringify(reply)}`);
    }
    durations.sort((a, b) => a - b);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    results.push({ bench, db: kind, partnerships: options.partnerships, requests: options.requests, seed_s: round(seedSeconds, 1), p50_ms: round(percentile(durations, 50)), p99_ms: round(percentile(durations, 99)), statements_per_request: round(statements / options.requests, 1), peak_rss_mb: Math.round(peakRss / 1024 / 1024) });
  };
  await timeCase("status", (i) => `status ${handle(i)}`, (reply) => reply.kind === "message" && reply.error === undefined);
  await timeCase("list-first-page", () => "list", (reply) => reply.kind === "message" && reply.error === undefined && JSON.stringify(reply).includes("Page 1 of"));
  // A dropped letter ("partnrship-42"): not found, with the closest handles suggested.
  await timeCase("unknown-handle", (i) => `status ${handle(i).replace("partnership", "partnrship")}`, (reply) => reply.kind === "message" && reply.error === "not-found" && JSON.stringify(reply).includes("Did you mean"));
  await db.$disconnect();
  await database.stop();
}
clearInterval(sampler);

console.log("\nlatency (whole core: parse, resolve person, permissions, queries, rendering model)");
console.log("case             db        partnerships  requests  seed s   p50 ms   p99 ms   statements  peak RSS MB");
for (const r of results) {
  console.log(`${String(r.bench).padEnd(17)}${String(r.db).padEnd(10)}${String(r.partnerships).padEnd(14)}${String(r.requests).padEnd(10)}${String(r.seed_s).padEnd(9)}${String(r.p50_ms).padEnd(9)}${String(r.p99_ms).padEnd(9)}${String(r.statements_per_request).padEnd(12)}${r.peak_rss_mb}`);
}
for (const r of results) console.log(JSON.stringify(r));
