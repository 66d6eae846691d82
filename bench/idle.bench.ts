// npm run bench:idle -- [--settle 20] [--tsx]
// Idle memory of the bot as it runs in production: `node dist/src/main.js` (built first; --tsx runs
// src/main.ts under tsx instead) against loopback fakes of Slack's Web API and of Discord's gateway and
// REST (in this process), on a fresh SQLite file, with the scheduler on. Each case is a fresh process:
// both platforms, then each alone (with neither the bot is the console), so the differences say
// what each adapter costs. After
// start-up ("bot started" in its log) it waits --settle seconds, forces no GC, and reads RSS, the V8
// heap and the rest of process.memoryUsage() from inside the process (a preload answering over IPC).
import { execFileSync, fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { FakeSlackApi } from "../adapters/slack/testing/fake-slack-api.js";
import { FakeDiscord } from "../adapters/discord/testing/fake-discord.js";
import { round } from "./support/read-bench-options.js";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { settle: { type: "string" }, tsx: { type: "boolean" } } });
const SETTLE_MS = Number(values.settle ?? 20) * 1000;

// Loaded before main.js in the measured process: answers "memory" over the fork's IPC channel.
const PRELOAD = `data:text/javascript,${encodeURIComponent(`
process.on("message", (message) => {
  if (message !== "memory") return;
  const usage = process.memoryUsage();
  process.send({ ...usage, maxRss: process.resourceUsage().maxRSS * 1024 });
});
process.channel?.unref();
`)}`;

interface Memory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  maxRss: number;
}

interface Case {
  name: string;
  slack: boolean;
  discord: boolean;
}

const CASES: Case[] = [
  { name: "slack+discord", slack: true, discord: true },
  { name: "slack only", slack: true, discord: false },
  { name: "discord only", slack: false, discord: true },
];

const mb = (bytes: number) => round(bytes / 1024 / 1024, 1);

async function measure(entry: Case, slack: FakeSlackApi, discord: FakeDiscord): Promise<Record<string, string | number>> {
  const folder = mkdtempSync(path.join(tmpdir(), "bench-idle-"));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: `file:${path.join(folder, "idle.db")}`,
    LOG_LEVEL: "info",
    PORT: "0",
    SCHEDULER: "1",
    ...(entry.slack ? { SLACK_BOT_TOKEN: "xoxb-bench-token", SLACK_SIGNING_SECRET: "bench-signing-secret", SLACK_API_URL: slack.apiUrl } : {}),
    ...(entry.discord ? { DISCORD_TOKEN: "bench.token", DISCORD_APPLICATION_ID: "1000", DISCORD_API_URL: discord.restBase } : {}),
  };
  const script = values.tsx ? path.join(root, "src/main.ts") : path.join(root, "dist/src/main.js");
  const execArgv = [...(values.tsx ? ["--import", "tsx"] : []), "--import", PRELOAD];
  const child = fork(script, [], { cwd: folder, env, execArgv, stdio: ["ignore", "ignore", "pipe", "ipc"] });
  const started = performance.now();
  const exited = new Promise<never>((_, reject) => child.once("exit", (code) => reject(new Error(`${entry.name}: the bot exited with ${code}`))));
  const ready = new Promise<void>((resolve) => {
    createInterface({ input: child.stderr! }).on("line", (line) => {
      if (line.includes('"bot started"')) resolve();
      else if (!line.startsWith("{")) process.stderr.write(`[${entry.name}] ${line}\n`);
    });
  });
  await Promise.race([ready, exited]);
  const startSeconds = (performance.now() - started) / 1000;
  await Promise.race([new Promise((resolve) => setTimeout(resolve, SETTLE_MS)), exited]);
  const samples: Memory[] = [];
  for (let index = 0; index < 5; index++) {
    const reply = new Promise<Memory>((resolve) => child.once("message", (message: Memory) => resolve(message)));
    child.send("memory");
    samples.push(await Promise.race([reply, exited]));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  child.removeAllListeners("exit");
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  const last = samples.at(-1)!;
  return {
    bench: "idle",
    case: entry.name,
    runner: values.tsx ? "tsx" : "node dist",
    start_s: round(startSeconds, 1),
    idle_rss_mb: mb(Math.min(...samples.map((sample) => sample.rss))),
    peak_rss_mb: mb(last.maxRss),
    heap_used_mb: mb(last.heapUsed),
    heap_total_mb: mb(last.heapTotal),
    external_mb: mb(last.external),
    array_buffers_mb: mb(last.arrayBuffers),
    load_1m: round(loadavg()[0]!, 1),
  };
}

if (!values.tsx) execFileSync(process.execPath, [path.join(root, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
const slack = await new FakeSlackApi().start();
const discord = await new FakeDiscord().start();
const results: Record<string, string | number>[] = [];
for (const entry of CASES) {
  results.push(await measure(entry, slack, discord));
  process.stderr.write(`${JSON.stringify(results.at(-1))}\n`);
}
await slack.stop();
await discord.stop();

console.log(`\nidle memory after ${SETTLE_MS / 1000} s, one fresh process per case (${results[0]!.runner}, SQLite, scheduler on, loopback fakes)`);
console.log("case           start s  idle RSS MB  peak RSS MB  heap used  heap total  external  array buffers  load");
for (const r of results) {
  const cells = [r.case, r.start_s, r.idle_rss_mb, r.peak_rss_mb, r.heap_used_mb, r.heap_total_mb, r.external_mb, r.array_buffers_mb, r.load_1m];
  console.log(cells.map((value, index) => String(value).padEnd([15, 9, 13, 13, 11, 12, 10, 15, 6][index]!)).join(""));
}
const [both, slackOnly, discordOnly] = results.map((r) => Number(r.idle_rss_mb));
const slackPart = both! - discordOnly!;
const discordPart = both! - slackOnly!;
console.log(`\nby part (RSS differences): Slack adapter ${round(slackPart, 1)} MB, Discord adapter ${round(discordPart, 1)} MB, the rest (Node, core, Prisma, scheduler) ${round(both! - slackPart - discordPart, 1)} MB`);
console.log("target: idle RSS under 150 MB with both platforms\n");
for (const r of results) console.log(JSON.stringify(r));
