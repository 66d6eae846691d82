import { UserError } from "../../errors.js";

/** Refuses targets for metrics the partnership does not have, naming the ones it has. */
export function requireKnownMetrics(targets: ReadonlyMap<string, number>, metrics: readonly { key: string }[], handle: string): void {
  const known = new Set(metrics.map((metric) => metric.key));
  const unknown = [...targets.keys()].filter((key) => !known.has(key));
  if (unknown.length === 0) return;
  const have = metrics.length > 0 ? `Its metrics: ${metrics.map((metric) => metric.key).join(", ")}.` : `It has no metrics yet: add one with /partner metric add ${handle} ...`;
  throw new UserError("not-found", `${handle} has no metric ${unknown.map((key) => `\`${key}\``).join(", ")}. ${have} Nothing was changed.`);
}
