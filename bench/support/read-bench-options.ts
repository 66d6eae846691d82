import { parseArgs } from "node:util";

/** Bench options from the command line: --partnerships N, --db sqlite|postgres|both. */
export function readBenchOptions(defaults: { partnerships: number }, argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: { partnerships: { type: "string" }, db: { type: "string" }, requests: { type: "string" } },
    allowPositionals: false,
  });
  const partnerships = Number(values.partnerships ?? defaults.partnerships);
  if (!Number.isInteger(partnerships) || partnerships < 1) throw new Error("--partnerships takes a whole number, such as 10000");
  const db = values.db ?? "both";
  if (!["sqlite", "postgres", "both"].includes(db)) throw new Error("--db takes sqlite, postgres or both");
  const requests = Number(values.requests ?? 1000);
  return { partnerships, databases: db === "both" ? (["sqlite", "postgres"] as const) : ([db] as const as readonly ("sqlite" | "postgres")[]), requests };
}

/** The p-th percentile (0..100) of durations, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function round(value: number, digits = 2): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}
