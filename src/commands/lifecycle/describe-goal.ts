import { formatNumber } from "../../ui/format-number.js";
import type { RenewedMetric } from "../../store/terms-repository.js";

const withUnit = (value: number, unit: string) => `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;

/** "Club enrollment: from 45 students (the last reading) to 60 (was 50), due 2028-07-31". */
export function describeRenewedGoal(metric: RenewedMetric, oldTerm: string, setTargetLine: string): string {
  const { before, after, unit } = metric;
  const from = `from ${withUnit(after.baseline, unit)}${metric.lastReading === null ? " (no reading yet)" : " (the last reading)"}`;
  const target = after.target === before.target ? `target ${withUnit(after.target, unit)} kept from ${oldTerm}: a new one with ${setTargetLine.replace("<key>", metric.key)}` : `target ${withUnit(after.target, unit)} (was ${formatNumber(before.target)})`;
  const due = after.dueOn === null ? "" : `, due ${after.dueOn}`;
  return `${metric.name}: ${from}, ${target}${due}`;
}
