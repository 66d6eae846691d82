import { closestMatches } from "../../domain/closest-matches.js";
import { UserError } from "../../errors.js";
import type { MetricRecord } from "../../store/metrics-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CommandContext } from "../command-context.js";

/** The partnership's metric with this key; a not-found error suggests the closest keys. */
export async function getMetric(context: CommandContext, partnership: PartnershipRecord, key: string): Promise<MetricRecord> {
  const found = await context.store.metrics.findByKey(partnership.id, key);
  if (found !== null) return found;
  const metrics = await context.store.metrics.list(partnership.id);
  const keys = metrics.map((metric) => metric.key);
  const suggestions = closestMatches(key, keys);
  const hint =
    suggestions.length > 0
      ? `Did you mean ${suggestions.map((suggestion) => `\`${suggestion}\``).join(" or ")}?`
      : keys.length > 0
        ? `Its metrics are ${metrics.map((metric) => `\`${metric.key}\` (${metric.name})`).join(", ")}.`
        : `It has no metrics yet; add one with /partner metric add ${partnership.handle} <key> <name> --target <number>.`;
  throw new UserError("not-found", `${partnership.handle} has no metric \`${key}\`. ${hint}`);
}
