import { formatChartValue } from "./format-chart-value.js";
import type { Chart } from "../reply.js";

const BARS = "▁▂▃▄▅▆▇█";

/** One character per value, scaled between the smallest and largest: "▁▃▅█". */
export function sparkline(values: readonly number[]): string {
  if (values.length === 0) return "";
  const low = Math.min(...values);
  const span = Math.max(...values) - low;
  return values.map((value) => BARS[span === 0 ? 3 : Math.round(((value - low) / span) * (BARS.length - 1))]).join("");
}

/**
 * The chart for a text console: its title, then a line per series with a sparkline of its values,
 * the latest one, and the target beside it.
 */
export function renderChartSparkline(chart: Chart): string {
  const target = chart.target === undefined ? "" : ` (target ${formatChartValue(chart.target, chart.unit)})`;
  const lines = chart.series.map((series) => {
    const values = series.points.map((point) => point.y);
    const latest = values.at(-1);
    const summary = latest === undefined ? "no readings yet" : `${sparkline(values)} ${formatChartValue(latest, chart.unit)}`;
    return chart.series.length === 1 ? `${summary}${target}` : `${series.label}: ${summary}${target}`;
  });
  return [chart.title, ...lines].join("\n");
}
