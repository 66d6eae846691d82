import { formatChartValue } from "./format-chart-value.js";
import type { Chart } from "../reply.js";

export interface ChartDatasets {
  readings: { series: string; x: number | string; y: number }[];
  lines: { kind: "target" | "baseline"; y: number; label: string }[];
  due: { x: number; label: string }[];
}

/** "2026-09-15" (or a full ISO time) as the UTC instant Vega plots; a date has no timezone of its own. */
export function toInstant(isoDate: string): number {
  const time = Date.parse(isoDate);
  if (Number.isNaN(time)) throw new Error(`chart: "${isoDate}" is not an ISO date`);
  return time;
}

/** The values a compiled chart spec is filled with. */
export function chartData(chart: Chart): ChartDatasets {
  const readings = chart.series.flatMap((series) =>
    series.points.map((point) => ({ series: series.label, x: chart.kind === "line" ? toInstant(point.x) : point.x, y: point.y })),
  );
  const lines: ChartDatasets["lines"] = [];
  if (chart.target !== undefined) lines.push({ kind: "target", y: chart.target, label: `Target ${formatChartValue(chart.target, chart.unit)}` });
  if (chart.baseline !== undefined) lines.push({ kind: "baseline", y: chart.baseline, label: `Baseline ${formatChartValue(chart.baseline, chart.unit)}` });
  const due = chart.kind === "line" && chart.dueDate !== undefined ? [{ x: toInstant(chart.dueDate), label: `Due ${chart.dueDate.slice(0, 10)}` }] : [];
  return { readings, lines, due };
}
