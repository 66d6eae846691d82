// npm run bench:fanout -- [--partnerships 10000] [--db sqlite|postgres|both] [--tsx]
// BENCH_NODE_FLAGS="--max-old-space-size=128" runs the measured process with those Node flags.
// A weekly fan-out: N partnerships with 3 liaisons each come due at the same minute. Times the
// scheduler tick that opens the rounds (rounds, outbox rows) and dispatches every prompt to a fake
// chat platform on 127.0.0.1 (its own process, no rate limits, so the figures are the bot's own
// overhead), and peak memory.
// The measured process runs the built bot (`npm run build` first, as bench:idle does), as
// `npm start` runs it; --tsx runs src/ under tsx instead.
import { execFileSync, fork, spawn } from "node:child_process";
import path from "node:path";
import { createBulkWriter, type Row } from "./support/bulk-writer.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { readBenchOptions } from "./support/read-bench-options.js";

const LIAISONS = 3;
const CHUNK = 500;
// Monday 30 November 2026, 09:00 in Chicago: every schedule comes due then.
const DUE = new Date("2026-11-30T15:00:00Z");

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

const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);

/** Opens the rounds and dispatches every prompt in a fresh process (support/measure-fanout.mjs): the figures for one database. */
function measureInChild(url: string, platformUrl: string, partnerships: number): Promise<Record<string, string | number>> {
  const runner = tsx ? { env: { ...process.env, FANOUT_RUNNER: "tsx" }, execArgv: ["--import", "tsx", ...nodeFlags] } : { env: { ...process.env, FANOUT_RUNNER: "dist" }, execArgv: nodeFlags };
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, "support/measure-fanout.mjs"), [url, platformUrl, String(partnerships), String(LIAISONS)], { ...runner, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.once("message", (result: Record<string, string | number>) => resolve(result));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`the measuring process exited with ${code}`))));
  });
}

const tsx = process.argv.includes("--tsx");
const options = readBenchOptions({ partnerships: 10_000 }, process.argv.slice(2).filter((argument) => argument !== "--tsx"));
if (!tsx) execFileSync("npm", ["run", "build", "--silent"], { cwd: path.resolve(import.meta.dirname, ".."), stdio: "inherit" });
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

console.log("\nweekly fan-out: one scheduler tick opens every round and its outbox rows and sends every prompt (from the");
console.log("first chunk of rounds on) to a fake platform on 127.0.0.1 (its own process, no rate limits): the bot's own overhead");
console.log("db        runner     partnerships  prompts  rounds s  tick s  end-to-end/s  bot CPU s  peak RSS MB");
for (const r of results) {
  console.log(
    `${String(r.db).padEnd(10)}${String(r.runner).padEnd(11)}${String(r.partnerships).padEnd(14)}${String(r.prompts).padEnd(9)}${String(r.rounds_s).padEnd(10)}${String(r.tick_s).padEnd(8)}${String(r.end_to_end_prompts_per_s).padEnd(14)}${String(r.bot_cpu_s).padEnd(11)}${r.peak_rss_mb}`,
  );
}
for (const r of results) console.log(JSON.stringify(r));
