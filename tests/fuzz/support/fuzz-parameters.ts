import fc from "fast-check";

/** FUZZ_SEED replays a run; FUZZ_RUNS multiplies every property's case count (FUZZ_RUNS=10 for a long soak). */
export function readFuzzSettings(env: NodeJS.ProcessEnv = process.env): { seed: number; scale: number } {
  const seed = env.FUZZ_SEED === undefined || env.FUZZ_SEED === "" ? (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 : Number(env.FUZZ_SEED);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, such as FUZZ_SEED=1234 (got "${env.FUZZ_SEED}")`);
  const scale = env.FUZZ_RUNS === undefined || env.FUZZ_RUNS === "" ? 1 : Number(env.FUZZ_RUNS);
  if (!(scale > 0)) throw new Error(`FUZZ_RUNS must be a positive number, such as FUZZ_RUNS=10 (got "${env.FUZZ_RUNS}")`);
  return { seed, scale };
}

const settings = readFuzzSettings();

/**
 * fast-check parameters for one property: the run's seed (printed, so a failure in CI can be replayed
 * with FUZZ_SEED=<seed>; fast-check's own failure report repeats it with the shrunk case's path).
 * The database is not reset between cases, so a replay needs the same seed for the whole property.
 */
export function fuzzParameters<T>(property: string, runs: number): fc.Parameters<T> {
  const numRuns = Math.max(1, Math.round(runs * settings.scale));
  console.log(`fuzz: "${property}" ${numRuns} cases, seed ${settings.seed} (repeat with FUZZ_SEED=${settings.seed})`);
  return { seed: settings.seed, numRuns, verbose: 1 };
}
