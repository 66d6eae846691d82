// npm run bench:survey -- [--db sqlite|postgres|both] [--interval-ms 1000]
// 30 classes of 30 students answer a survey from their class links within one minute: each class
// is a burst of 30 answers at once, a class every --interval-ms. The web adapter runs on 127.0.0.1
// over the whole core. Server time per answer is the route's Server-Timing (from the request's
// arrival at the route to its response, waiting for the database included); round trip is what
// the students' client saw, from a process of its own. "lost" is answers accepted (200) that are not rows. Not a test.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { startWeb } from "../adapters/web/start-web.js";
import { ManualClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { DEMO_COORDINATOR, DEMO_WORKSPACE } from "../src/demo/demo-workspace.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import { createDatabase } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { plainTextOf } from "../src/ui/plain-text-of.js";
import type { Message } from "../src/ui/reply.js";
import { createMigratedDatabase } from "./support/migrated-database.js";
import { percentile, round } from "./support/read-bench-options.js";

const { values } = parseArgs({ options: { db: { type: "string", default: "both" }, "interval-ms": { type: "string", default: "1000" } } });
const databases = values.db === "both" ? (["sqlite", "postgres"] as const) : [values.db as "sqlite" | "postgres"];
const intervalMs = Number(values["interval-ms"]);
const CLASSES = Number(process.env.BENCH_CLASSES ?? 30);
const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const now = new Date("2026-11-23T18:00:00Z");
const actor = { ...DEMO_WORKSPACE, ...DEMO_COORDINATOR, isPlatformAdmin: true };
const results: Record<string, number | string>[] = [];

for (const kind of databases) {
  const database = await createMigratedDatabase(kind);
  const db = await createDatabase(database.url);
  const store = createStore(db, kind);
  await seedDemo(store, now);
  const clock = new ManualClock(now);
  const bot = createBot({ store, clock, logger: pino({ level: "silent" }), publicUrl: "http://127.0.0.1" });
  // Every student comes from 127.0.0.1 here, so the per-address limit is raised for the bench only.
  const web = await startWeb({ core: bot, surveyLimits: { perAddressPerMinute: 10_000 }, publicUrl: "http://127.0.0.1", logger: pino({ level: "silent" }), port: 0, host: "127.0.0.1" });
  const say = async (line: string) => plainTextOf((await bot.runCommandLine(line, { actor })) as Message);
  const surveyId = Number(/Survey #(\d+)/.exec(await say("survey create robotics-tx Lab skills after --template student-confidence"))![1]);
  const links: string[] = [];
  for (let group = 1; group <= CLASSES; group++) {
    const reply = await say(`survey link ${surveyId} --label "Class ${group}" --expected ${STUDENTS}`);
    links.push(`${web.url}${new URL(/https?:\/\/\S+\/s\/[A-Za-z0-9_-]{43}/.exec(reply)![0]).pathname}`);
  }
  // Every student opens the page first (as they would, on their phones), then reads for a while.
  const forms = await Promise.all(
    links.map(async (url) => {
      const opened: { url: string; body: URLSearchParams }[] = [];
      for (let student = 0; student < STUDENTS; student++) {
        const page = await (await fetch(url)).text();
        const names = [...new Set([...page.matchAll(/name="(q-\d+)"/g)].map((match) => match[1]!))];
        const body = new URLSearchParams({ _form: /name="_form" value="([^"]+)"/.exec(page)![1]! });
        names.forEach((name, index) => body.set(name, index < 4 ? String(1 + ((student + index) % 5)) : index === 4 ? "Mentors" : `Answer ${student}`));
        opened.push({ url, body });
      }
      return opened;
    }),
  );
  clock.advance(60_000);
  const client = spawn(process.execPath, ["--import", "tsx", new URL("./support/survey-bench-client.ts", import.meta.url).pathname], { stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  client.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve, reject) => client.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the bench client exited with ${code}`)))));
  client.stdin.end(JSON.stringify({ forms: forms.map((group) => group.map(({ url, body }) => ({ url, body: body.toString() }))), intervalMs }));
  await exited;
  const sent = JSON.parse(output) as { answers: { status: number; serverMs: number; roundTripMs: number }[]; elapsedS: number };
  const durations = sent.answers.map((answer) => answer.serverMs).sort((a, b) => a - b);
  const roundTrips = sent.answers.map((answer) => answer.roundTripMs).sort((a, b) => a - b);
  const accepted = sent.answers.filter((answer) => answer.status === 200).length;
  const statuses = new Map<number, number>();
  for (const answer of sent.answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const elapsedS = sent.elapsedS;
  const rows = await db.surveyResponse.count({ where: { surveyId, source: "link" } });
  results.push({ round_trip_p50_ms: round(percentile(roundTrips, 50)), round_trip_p99_ms: round(percentile(roundTrips, 99)), db: kind, answers: CLASSES * STUDENTS, accepted, rows, lost: accepted - rows, refused: CLASSES * STUDENTS - accepted, p50_ms: round(percentile(durations, 50)), p99_ms: round(percentile(durations, 99)), elapsed_s: round(elapsedS, 1), statuses: JSON.stringify(Object.fromEntries(statuses)) });
  await web.stop();
  await db.$disconnect();
  await database.stop();
}

console.log(`\n${CLASSES} classes of ${STUDENTS} students answering from survey links, a burst of ${STUDENTS} every ${intervalMs} ms (target p99 < 50 ms, lost 0)`);
console.log("db        answers  accepted  lost  server p50  server p99  round trip p50/p99  elapsed s  statuses");
for (const r of results) console.log(`${String(r.db).padEnd(10)}${String(r.answers).padEnd(9)}${String(r.accepted).padEnd(10)}${String(r.lost).padEnd(6)}${`${r.p50_ms} ms`.padEnd(12)}${`${r.p99_ms} ms`.padEnd(12)}${`${r.round_trip_p50_ms}/${r.round_trip_p99_ms} ms`.padEnd(20)}${String(r.elapsed_s).padEnd(11)}${r.statuses}`);
for (const r of results) console.log(JSON.stringify({ bench: "survey", db: r.db, p50_ms: r.p50_ms, p99_ms: r.p99_ms, accepted: r.accepted, lost: r.lost }));
