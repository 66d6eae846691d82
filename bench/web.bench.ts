// npm run bench:web -- [--partnerships 10000] [--db sqlite|postgres|both] [--requests 200]
// Seeds N partnerships (a year of weekly history each), starts the web adapter on 127.0.0.1 over
// the whole core, signs a coordinator in, and times pages over HTTP: the portfolio's first page
// (`/`, the other web pages' route once merged), a partnership page (`/p/<handle>`), a year's
// report of a partnership and the program's report; then one chart PNG. Not a test.
import { pino } from "pino";
import { startWeb } from "../adapters/web/start-web.js";
import { ManualClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { createDatabase } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { renderChartPng } from "../src/ui/charts/render-chart-png.js";
import type { Chart } from "../src/ui/reply.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { percentile, readBenchOptions, round } from "./support/read-bench-options.js";
import { seedBulkPartnerships } from "./support/seed-bulk-partnerships.js";

const options = readBenchOptions({ partnerships: 10_000 });
const requests = Math.min(options.requests, 200);
const now = new Date("2026-11-23T18:00:00Z");
const results: Record<string, unknown>[] = [];
const handle = (i: number) => `partnership-${((i * 7919) % options.partnerships) + 1}`;
const PAGES: { page: string; path: (i: number) => string; target_ms?: number; runs?: number }[] = [
  { page: "portfolio", path: () => "/", target_ms: 150 },
  { page: "partnership", path: (i) => `/p/${handle(i)}`, target_ms: 100 },
  { page: "report-year", path: (i) => `/p/${handle(i)}/report?from=2025-12-01&to=2026-11-30` },
  { page: "report-program", path: () => "/report?from=2025-12-01&to=2026-11-30", runs: 10 },
];

for (const kind of options.databases) {
  const database = await createMigratedDatabase(kind);
  await seedBulkPartnerships(database.url, options.partnerships, now);
  const db = await createDatabase(database.url);
  const clock = new ManualClock(now);
  const bot = createBot({ store: createStore(db, kind), clock, logger: pino({ level: "silent" }), publicUrl: "http://127.0.0.1" });
  const web = await startWeb({ core: bot, publicUrl: "http://127.0.0.1", logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
  // A coordinator of the bench workspace: an admin there sees every partnership.
  const actor = { platform: "console", workspaceId: "bench", userId: "coordinator", displayName: "Coordinator", isPlatformAdmin: true };
  await bot.learnProfile(actor, { displayName: actor.displayName, isPlatformAdmin: true });
  const { token } = await bot.createSignInLink(actor);
  const signedIn = await bot.redeemSignInLink(token);
  if (signedIn.kind !== "signed-in") throw new Error("could not sign in");
  const cookie = `session=${signedIn.session.id}`;
  for (const spec of PAGES) {
    const runs = spec.runs ?? requests;
    const durations: number[] = [];
    let bytes = 0;
    let status = 0;
    for (let i = 0; i < runs + 5; i++) {
      const started = performance.now();
      const response = await fetch(`${web.url}${spec.path(i)}`, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (i >= 5) durations.push(performance.now() - started);
      bytes = Math.max(bytes, body.byteLength);
      status = response.status;
    }
    durations.sort((a, b) => a - b);
    results.push({ bench: "web", db: kind, page: spec.page, status, partnerships: options.partnerships, requests: runs, p50_ms: round(percentile(durations, 50)), p99_ms: round(percentile(durations, 99)), bytes, target_ms: spec.target_ms ?? null });
  }
  await web.stop();
  await db.$disconnect();
  await database.stop();
}

const chart: Chart = {
  title: "Students mentored",
  description: "A year of weekly readings",
  kind: "line",
  series: [{ label: "Students mentored", points: Array.from({ length: 52 }, (_, week) => ({ x: new Date(Date.UTC(2025, 11, 1) + week * 7 * 86_400_000).toISOString().slice(0, 10), y: 10 + week * 0.5 })) }],
  baseline: 10,
  target: 40,
  dueDate: "2026-11-30",
  unit: "students",
};
for (let i = 0; i < 5; i++) await renderChartPng(chart);
const pngDurations: number[] = [];
let pngBytes = 0;
for (let i = 0; i < 50; i++) {
  const started = performance.now();
  pngBytes = (await renderChartPng(chart)).byteLength;
  pngDurations.push(performance.now() - started);
}
pngDurations.sort((a, b) => a - b);
results.push({ bench: "web", db: "none", page: "chart-png", status: 200, requests: 50, p50_ms: round(percentile(pngDurations, 50)), p99_ms: round(percentile(pngDurations, 99)), bytes: pngBytes, target_ms: 30 });

console.log("\nweb pages over HTTP (whole core and adapter), a coordinator who sees every partnership");
console.log("db        page            status  p50 ms   p99 ms   bytes     target");
for (const r of results) console.log(`${String(r.db).padEnd(10)}${String(r.page).padEnd(16)}${String(r.status).padEnd(8)}${String(r.p50_ms).padEnd(9)}${String(r.p99_ms).padEnd(9)}${String(r.bytes).padEnd(10)}${r.target_ms === null ? "-" : `p99 < ${r.target_ms} ms`}${Number(r.bytes) > 300_000 ? "  OVER 300 KB" : ""}`);
for (const r of results) console.log(JSON.stringify({ db: r.db, page: r.page, p50_ms: r.p50_ms, p99_ms: r.p99_ms, bytes: r.bytes, status: r.status }));
