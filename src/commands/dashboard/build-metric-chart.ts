import { describeMetricFigures } from "../../domain/describe-metric-figures.js";
import type { Chart } from "../../ui/reply.js";

export interface MetricWithReadings {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  dueOn: string | null;
  readings: { value: number; recordedAt: Date }[];
}

/** A metric's readings over time as a neutral line chart, with its baseline, target and due date. */
export function buildMetricChart(metric: MetricWithReadings): Chart {
  const latest = metric.readings.at(-1);
  const figures = describeMetricFigures({ ...metric, current: latest?.value ?? null });
  return {
    title: metric.name,
    description: `${metric.readings.length} reading${metric.readings.length === 1 ? "" : "s"}; latest ${figures}.`,
    kind: "line",
    series: [{ label: metric.name, points: metric.readings.map((reading) => ({ x: reading.recordedAt.toISOString(), y: reading.value })) }],
    baseline: metric.baseline,
    target: metric.target,
    ...(metric.dueOn === null ? {} : { dueDate: metric.dueOn }),
    ...(metric.unit === "" ? {} : { unit: metric.unit }),
  };
}
