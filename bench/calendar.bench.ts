// npm run bench:calendar
// Reads hostile calendars of up to 1 MB as `calendar import` does (in the worker, with its caps and
// time limit) and prints the worst event-loop delay the bot's other users would see meanwhile; for
// comparison, the same reader run in place on the event loop (skipped for the rule that never ends).
import { monitorEventLoopDelay } from "node:perf_hooks";
import { readCalendar } from "../src/commands/schedule/read-calendar.js";
import { readCalendarInWorker } from "../src/commands/schedule/read-calendar-in-worker.js";
import { UserError } from "../src/errors.js";
import { round } from "./support/read-bench-options.js";

const TODAY = "2026-11-23";
const MAX_BYTES = 1_000_000;

function calendarOf(event: (index: number) => string[], fill = true): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0"];
  let size = 40;
  for (let index = 0; index === 0 || (fill && size < MAX_BYTES - 300); index++) {
    const block = ["BEGIN:VEVENT", `UID:bench-${index}`, `SUMMARY:Holiday ${index}`, ...event(index), "END:VEVENT"];
    size += block.join("\r\n").length + 2;
    lines.push(...block);
  }
  return [...lines, "END:VCALENDAR"].join("\r\n");
}

const cases: Array<{ name: string; text: string; inPlace: boolean }> = [
  { name: "one event daily since 1600", text: calendarOf(() => ["DTSTART;VALUE=DATE:16000101", "RRULE:FREQ=DAILY"], false), inPlace: true },
  { name: "1 MB of single-day events", text: calendarOf((i) => [`DTSTART;VALUE=DATE:${20260101 + (i % 28)}`]), inPlace: true },
  { name: "1 MB of events daily since 1600", text: calendarOf(() => ["DTSTART;VALUE=DATE:16000101", "RRULE:FREQ=DAILY"]), inPlace: true },
  { name: "1 MB of COUNT=1000000 since 1600", text: calendarOf(() => ["DTSTART;VALUE=DATE:16000101", "RRULE:FREQ=DAILY;COUNT=1000000"]), inPlace: true },
  { name: "one 1 MB description", text: calendarOf(() => ["DTSTART;VALUE=DATE:20261221", `DESCRIPTION:${"x".repeat(MAX_BYTES - 200)}`], false), inPlace: true },
  { name: "a rule that never matches", text: calendarOf(() => ["DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30"], false), inPlace: false },
];

async function measure(work: () => Promise<unknown>): Promise<{ outcome: string; elapsed_ms: number; worst_delay_ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // The histogram measures from its first sample on: give it one before any blocking work.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  let outcome: string;
  try {
    const read = (await work()) as Awaited<ReturnType<typeof readCalendarInWorker>>;
    outcome = `${read.blackouts.length} blackouts, ${read.ignored.length} ignored, ${read.skipped.length} skipped`;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    outcome = `UserError: ${error.message.slice(0, 40)}...`;
  }
  const elapsed = performance.now() - started;
  // Let the histogram see the loop come back after a blocking run.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  return { outcome, elapsed_ms: round(elapsed), worst_delay_ms: round(histogram.max / 1e6) };
}

const results: Record<string, unknown>[] = [];
await readCalendarInWorker(cases[4]!.text, TODAY); // warm up: tsx compiles the worker's modules once
// What the loop sees doing nothing for 2 s on this machine: on a busy one, the floor of every figure.
const idle = await measure(async () => {
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return { blackouts: [], ignored: [], skipped: [] };
});
results.push({ bench: "calendar", case: "idle, no calendar (baseline)", bytes: 0, outcome: "-", worker_elapsed_ms: idle.elapsed_ms, worker_worst_delay_ms: idle.worst_delay_ms, in_place_worst_delay_ms: null });
for (const { name, text, inPlace } of cases) {
  const worker = await measure(() => readCalendarInWorker(text, TODAY));
  const place = inPlace ? await measure(async () => readCalendar(text, TODAY)) : null;
  results.push({ bench: "calendar", case: name, bytes: Buffer.byteLength(text), outcome: worker.outcome, worker_elapsed_ms: worker.elapsed_ms, worker_worst_delay_ms: worker.worst_delay_ms, in_place_worst_delay_ms: place?.worst_delay_ms ?? null });
}

console.log("\ncalendar import: worst event-loop delay while reading (ms)");
console.log("case                                 bytes      elapsed  worst delay  in place  outcome");
for (const r of results) {
  console.log(`${String(r.case).padEnd(37)}${String(r.bytes).padEnd(11)}${String(r.worker_elapsed_ms).padEnd(9)}${String(r.worker_worst_delay_ms).padEnd(13)}${String(r.in_place_worst_delay_ms ?? "-").padEnd(10)}${r.outcome}`);
}
for (const r of results) console.log(JSON.stringify(r));
