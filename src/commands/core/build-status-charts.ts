import { calendarDateIn } from "../../domain/calendar-date.js";
import type { MetricReadingHistory } from "../../store/metrics-repository.js";
import { formatNumber } from "../../ui/format-number.js";
import type { Chart } from "../../ui/reply.js";

/**
 * At most this many charts in a status answer: each is an upload in Slack and an embed with an
 * attachment in Discord, and a status message already has a handful of embeds and blocks.
 */
export const STATUS_CHART_LIMIT = 4;
/** A school year of weekly readings. */
export const STATUS_CHART_READINGS = 52;

/** A metric's recent readings over time against its baseline and target, as status shows them. */
export function buildStatusChart(metric: MetricReadingHistory, timeZone: string): Chart {
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
