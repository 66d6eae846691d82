import { calendarDateIn } from "../../domain/calendar-date.js";
import { metricProgress } from "../../domain/metric-progress.js";
import type { MetricRecord } from "../../store/metrics-repository.js";
import { formatNumber } from "../../ui/format-number.js";

export interface MetricBar {
  label: string;
  ratio: number;
  detail: string;
}

function withUnit(value: number, unit: string): string {
  return unit === "" ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}

/** A progress bar from baseline to target, with the latest reading and its day in `timeZone`. */
export function describeMetric(metric: MetricRecord, timeZone: string): MetricBar {
  const current = metric.latest?.value ?? null;
  const figures = [
    current === null ? `no reading yet of ${withUnit(metric.target, metric.unit)}` : `${withUnit(current, metric.unit)} of ${formatNumber(metric.target)}`,
    `baseline ${formatNumber(metric.baseline)}`,
    ...(metric.direction === "decrease" ? ["lower is better"] : []),
    ...(metric.dueOn === null ? [] : [`due ${metric.dueOn}`]),
  ];
  const latest = metric.latest === null ? "" : `; latest ${calendarDateIn(metric.latest.recordedAt, timeZone)}${metric.latest.recordedBy ? ` by ${metric.latest.recordedBy}` : ""}`;
  const retired = metric.retiredAt === null ? "" : `, retired ${calendarDateIn(metric.retiredAt, timeZone)}`;
  return { label: `${metric.name} (${metric.key}${retired})`, ratio: metricProgress({ ...metric, current }), detail: `${figures[0]} (${figures.slice(1).join(", ")})${latest}` };
}
