import { formatNumber } from "../ui/format-number.js";

/** "31 students of 35 (baseline 25, due 2027-05-21)": a metric's latest reading against its target. */
export function describeMetricFigures(metric: { current: number | null; unit: string; target: number; baseline: number; dueOn: string | null }): string {
  const current = metric.current === null ? "no reading yet" : `${formatNumber(metric.current)}${metric.unit ? ` ${metric.unit}` : ""}`;
  const due = metric.dueOn === null ? "" : `, due ${metric.dueOn}`;
  return `${current} of ${formatNumber(metric.target)} (baseline ${formatNumber(metric.baseline)}${due})`;
}
