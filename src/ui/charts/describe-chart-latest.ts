import { formatChartValue } from "./format-chart-value.js";
import type { Chart } from "../reply.js";

/**
 * Words for a chart where no image is shown: per series, the latest value (and when) against the
 * target and baseline. "Attendance: 19 students on 2026-09-15, target 30 students, baseline 10 students".
 */
export function describeChartLatest(chart: Chart): string[] {
  const references = [
    ...(chart.target === undefined ? [] : [`target ${formatChartValue(chart.target, chart.unit)}${chart.dueDate === undefined ? "" : ` by ${chart.dueDate.slice(0, 10)}`}`]),
    ...(chart.baseline === undefined ? [] : [`baseline ${formatChartValue(chart.baseline, chart.unit)}`]),
  ];
  return chart.series.map((series) => {
    const latest = series.points.at(-1);
    const value = latest === undefined ? "no readings yet" : `${formatChartValue(latest.y, chart.unit)} ${chart.kind === "line" ? "on" : "in"} ${latest.x.slice(0, chart.kind === "line" ? 10 : undefined)}`;
    return [`${series.label}: ${value}`, ...references].join(", ");
  });
}
