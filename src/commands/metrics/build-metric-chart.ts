import { calendarDateIn } from "../../domain/calendar-date.js";
import type { MetricReadingHistory } from "../../store/metrics-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import type { Chart } from "../../ui/reply.js";

/**
 * A metric's readings over time against its baseline and target, with its due date: the one chart
 * of a metric, in status and on its partnership's page. Days are the partnership's local days.
 */
export function buildMetricChart(metric: MetricReadingHistory, timeZone: string): Chart {
  const unit = metric.unit === "" ? undefined : metric.unit;
  const withUnit = (value: number) => `${formatNumber(value)}${unit === undefined ? "" : ` ${unit}`}`;
  const latest = metric.readings.at(-1);
  const first = metric.readings[0];
  const span = first === undefined || latest === undefined ? "" : ` from ${calendarDateIn(first.recordedAt, timeZone)} to ${calendarDateIn(latest.recordedAt, timeZone)}`;
  return {
    title: metric.name,
    description: `${metric.name}: ${metric.readings.length} readings${span}, latest ${latest === undefined ? "none" : withUnit(latest.value)}; baseline ${withUnit(metric.baseline)}, target ${withUnit(metric.target)}${metric.dueOn ? ` by ${metric.dueOn}` : ""}.`,
    kind: "line",
    series: [{ label: metric.name, points: metric.readings.map((reading) => ({ x: calendarDateIn(reading.recordedAt, timeZone), y: reading.value })) }],
    baseline: metric.baseline,
    target: metric.target,
    ...(metric.dueOn === null ? {} : { dueDate: metric.dueOn }),
    ...(unit === undefined ? {} : { unit }),
  };
}
