// npm run bench:slack-ack -- [--requests 600] [--levels 1,10,50]
// Acknowledgement latency of signed `/partner status robotics-tx` requests: the bot's real Bolt app
// against a bare Bolt app that only acks (same Bolt, same machine), each in its own process, with
// this process as Slack (load generator, fake Web API, response_url sink). At each concurrency the
// two are measured in alternating batches; after each of the bot's batches its answers (the work
// after the ack) are awaited, so neither app is measured while the other is busy.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { App, LogLevel } from "@slack/bolt";
import { createSlackAdapter } from "../adapters/slack/create-slack-adapter.js";
import { FakeSlackApi } from "../adapters/slack/testing/fake-slack-api.js";
import { slashCommandFields } from "../adapters/slack/testing/slack-payloads.js";
import { formBody, signatureHeaders } from "../adapters/slack/testing/signed-requests.js";
import { systemClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { createLogger } from "../src/logging/create-logger.js";
import { createDatabase, flavorOf } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { percentile, round } from "./support/read-bench-options.js";
import { slackConventions } from "../adapters/slack/slack-conventions.js";

const SECRET = "bench-signing-secret";
const TOKEN = "xoxb-bench-token";
const TEAM = "T-BENCH";
const USERS = 20;

const { values } = parseArgs({ options: { serve: { type: "string" }, api: { type: "string" }, db: { type: "string" }, requests: { type: "string" }, levels: { type: "string" } } });

/** Child process: one of the two apps, listening on an ephemeral port it prints. */
async function serve(kind: string, apiUrl: string, databaseUrl: string | undefined): Promise<void> {
  let port: number;
  if (kind === "bot") {
    const logger = createLogger("warn");
    const bot = createBot({ store: createStore(await createDatabase(databaseUrl!), flavorOf(databaseUrl!)), clock: systemClock, logger, conventions: [slackConventions] });
    const adapter = createSlackAdapter({ bot, logger, botToken: TOKEN, signingSecret: SECRET, apiUrl, port: 0, host: "127.0.0.1" });
    port = (await adapter.start()).port;
  } else {
    const app = new App({ token: TOKEN, signingSecret: SECRET, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl } });
    app.command("/partner", async ({ ack }) => {
      await ack();
    });
    const server = (await app.start({ port: 0, host: "127.0.0.1" })) as http.Server;
    port = (server.address() as { port: number }).port;
  }
  process.stdout.write(`READY ${port}\n`);
}

interface Running {
  child: ChildProcess;
  port: number;
}

// CHILD_FLAGS passes node flags to both apps, such as CHILD_FLAGS=--trace-gc (their output goes to stderr).
function start(kind: "bot" | "bare", apiUrl: string, databaseUrl?: string): Promise<Running> {
  const child = spawn(process.execPath, [...(process.env.CHILD_FLAGS ? process.env.CHILD_FLAGS.split(" ") : []), "--import", "tsx", import.meta.filename, "--serve", kind, "--api", apiUrl, ...(databaseUrl ? ["--db", databaseUrl] : [])], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${kind} app exited with ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /^READY (\d+)$/.exec(line);
      if (match) resolve({ child, port: Number(match[1]) });
      else process.stderr.write(`[${kind}] ${line}\n`);
    });
  });
}

async function prepareDatabase(): Promise<{ url: string; stop(): Promise<void> }> {
  const database = await createMigratedDatabase("sqlite");
  const db = await createDatabase(database.url);
  await seedDemo(createStore(db, flavorOf(database.url)), systemClock.now());
  const robotics = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
  await db.channelLink.create({ data: { partnershipId: robotics.id, platform: "slack", workspaceId: TEAM, channelId: "C-BENCH", purpose: "updates" } });
  await db.$disconnect();
  return database;
}

/** Sends `count` signed status commands through `concurrency` keep-alive connections; ack latencies in ms. */
async function burst(port: number, agent: http.Agent, api: FakeSlackApi, count: number, concurrency: number, label: string): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const user = { teamId: TEAM, userId: `U${index % USERS}` };
      const body = formBody(slashCommandFields(user, "status robotics-tx", api.responseUrl(`${label}-${index}`)));
      const headers = { "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)), ...signatureHeaders(SECRET, body) };
      const started = performance.now();
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port, path: "/slack/events", method: "POST", headers, agent }, (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
        request.end(body);
      });
      latencies.push(performance.now() - started);
      if (status !== 200) throw new Error(`${label}: HTTP ${status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

const answered = new Map<string, number>();

/** Waits until every answer of a bot batch reached its response_url. */
async function answers(label: string, count: number): Promise<void> {
  const deadline = performance.now() + 120_000;
  while ((answered.get(label) ?? 0) < count) {
    if (performance.now() > deadline) throw new Error(`${label}: the bot did not answer all ${count} requests`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

async function main(): Promise<void> {
  const requests = Number(values.requests ?? 600);
  const levels = (values.levels ?? "1,10,50").split(",").map(Number);
  const api = await new FakeSlackApi().start();
  api.listeners.push((call) => {
    const label = /^response\/(\w+)-\d+$/.exec(call.method)?.[1];
    if (label !== undefined) answered.set(label, (answered.get(label) ?? 0) + 1);
  });
  for (let user = 0; user < USERS; user++) api.addUser({ id: `U${user}`, name: `user${user}`, realName: `Bench User ${user}` });
  const database = await prepareDatabase();
  const [bot, bare] = await Promise.all([start("bot", api.apiUrl, database.url), start("bare", api.apiUrl)]);
  const rows: { concurrency: number; requests: number; bot: number[]; bare: number[]; answer: number[] }[] = [];
  let sequence = 0;
  try {
    for (const concurrency of levels) {
      const agents = { bot: new http.Agent({ keepAlive: true, maxSockets: concurrency }), bare: new http.Agent({ keepAlive: true, maxSockets: concurrency }) };
      const batch = Math.max(concurrency, 10);
      // Warm-up: JIT, connections, the users.info cache, SQLite's page cache.
      for (let warm = 0; warm < 3; warm++) {
        const label = `warm${sequence++}`;
        await burst(bot.port, agents.bot, api, batch, concurrency, label);
        await answers(label, batch);
        await burst(bare.port, agents.bare, api, batch, concurrency, `bare${sequence++}`);
      }
      const row = { concurrency, requests: 0, bot: [] as number[], bare: [] as number[], answer: [] as number[] };
      for (let round = 0; row.requests < requests; round++) {
        const botFirst = round % 2 === 0;
        const runBot = async () => {
          const label = `bot${sequence++}`;
          const started = performance.now();
          row.bot.push(...(await burst(bot.port, agents.bot, api, batch, concurrency, label)));
          await answers(label, batch);
          row.answer.push(performance.now() - started);
        };
        const runBare = async () => row.bare.push(...(await burst(bare.port, agents.bare, api, batch, concurrency, `bare${sequence++}`)));
        if (botFirst) {
          await runBot();
          await runBare();
        } else {
          await runBare();
          await runBot();
        }
        row.requests += batch;
      }
      agents.bot.destroy();
      agents.bare.destroy();
      rows.push(row);
      api.calls.length = 0;
      answered.clear();
    }
  } finally {
    bot.child.kill("SIGTERM");
    bare.child.kill("SIGTERM");
    await api.stop();
    await database.stop();
  }

  const sortNumbers = (list: number[]) => [...list].sort((a, b) => a - b);
  const results = rows.map((row) => {
    const botSorted = sortNumbers(row.bot);
    const bareSorted = sortNumbers(row.bare);
    const answerSorted = sortNumbers(row.answer);
    const p99 = percentile(botSorted, 99);
    const bareP99 = percentile(bareSorted, 99);
    return {
      concurrency: row.concurrency,
      requests: row.bot.length,
      p50_ms: round(percentile(botSorted, 50)),
      p99_ms: round(p99),
      bare_p50_ms: round(percentile(bareSorted, 50)),
      bare_p99_ms: round(bareP99),
      ratio: round(p99 / bareP99),
      batch_answered_p50_ms: round(percentile(answerSorted, 50)),
    };
  });
  console.log("\n/partner status robotics-tx: HTTP ack latency, bot vs a bare Bolt app that only acks (same machine, interleaved)");
  console.log(`load average at the end: ${loadavg().map((load) => load.toFixed(2)).join(" ")} on ${availableParallelism()} cores`);
  console.log("concurrency  requests  p50 ms   p99 ms   bare p50  bare p99  p99 ratio  batch fully answered p50 ms");
  for (const r of results) {
    console.log(
      `${String(r.concurrency).padEnd(13)}${String(r.requests).padEnd(10)}${String(r.p50_ms).padEnd(9)}${String(r.p99_ms).padEnd(9)}${String(r.bare_p50_ms).padEnd(10)}${String(r.bare_p99_ms).padEnd(10)}${String(r.ratio).padEnd(11)}${r.batch_answered_p50_ms}`,
    );
  }
  for (const { concurrency, p50_ms, p99_ms, bare_p50_ms, bare_p99_ms, ratio } of results) console.log(JSON.stringify({ concurrency, p50_ms, p99_ms, bare_p50_ms, bare_p99_ms, ratio }));
}

if (values.serve !== undefined) await serve(values.serve, values.api!, values.db);
else await main();
