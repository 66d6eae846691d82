import type { TopLevelSpec } from "vega-lite";
import type { Chart } from "../reply.js";

/** What decides a compiled spec; everything else (data, title, unit) is swapped in at render time. */
export interface ChartShape {
  kind: Chart["kind"];
  withLegend: boolean;
}

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 260;

/** The named datasets and signals a compiled spec reads; see chartData. */
export const DATASETS = { readings: "readings", lines: "lines", due: "due" } as const;
export const SIGNALS = { title: "chartTitle", unit: "unitTitle" } as const;

export function shapeOf(chart: Chart): ChartShape {
  return { kind: chart.kind, withLegend: chart.series.length > 1 };
}

export function shapeKey(shape: ChartShape): string {
  return `${shape.kind}:${shape.withLegend ? "legend" : "single"}`;
}

/**
 * A Vega-Lite spec for a shape of chart, with no data in it: readings as a line with a point per
 * reading (or grouped bars), target and baseline as labelled horizontal rules, the due date as a
 * vertical rule. Empty datasets draw nothing, so one spec serves charts with or without a target.
 */
export function buildChartSpec(shape: ChartShape): TopLevelSpec {
  const time = shape.kind === "line";
  const x = time
    ? { field: "x", type: "temporal" as const, scale: { type: "utc" as const }, axis: { title: null, format: "%b %-d, %Y", labelOverlap: true, tickCount: 6 } }
    : { field: "x", type: "ordinal" as const, sort: null, axis: { title: null, labelAngle: 0, labelOverlap: true } };
  const y = { field: "y", type: "quantitative" as const, axis: { title: { expr: SIGNALS.unit }, grid: true, tickCount: 5 } };
  const color = { field: "series", type: "nominal" as const, sort: null, legend: shape.withLegend ? { orient: "bottom" as const, title: null } : null };
  const readings = time
    ? [
        { mark: { type: "line" as const, strokeWidth: 2 }, encoding: { x, y, color } },
        { mark: { type: "point" as const, filled: true, size: 48, opacity: 1 }, encoding: { x, y, color } },
      ]
    : [{ mark: { type: "bar" as const }, encoding: { x, y, color, ...(shape.withLegend ? { xOffset: { field: "series", sort: null } } : {}) } }];
  const referenceLines = [
    {
      data: { name: DATASETS.lines },
      mark: { type: "rule" as const, strokeWidth: 1.5, color: "#444" },
      encoding: { y: { field: "y", type: "quantitative" as const }, strokeDash: { field: "kind", type: "nominal" as const, scale: { domain: ["target", "baseline"], range: [[6, 4], [2, 3]] }, legend: null } },
    },
    {
      data: { name: DATASETS.lines },
      mark: { type: "text" as const, align: "right" as const, baseline: "bottom" as const, dy: -3, color: "#222" },
      encoding: { y: { field: "y", type: "quantitative" as const }, x: { value: { expr: "width" } }, text: { field: "label" } },
    },
  ];
  const dueDate = time
    ? [
        { data: { name: DATASETS.due }, mark: { type: "rule" as const, strokeDash: [4, 4], color: "#444" }, encoding: { x: { field: "x", type: "temporal" as const } } },
        { data: { name: DATASETS.due }, mark: { type: "text" as const, align: "right" as const, baseline: "bottom" as const, dx: -4, y: { expr: "height" }, dy: -4, color: "#222" }, encoding: { x: { field: "x", type: "temporal" as const }, text: { field: "label" } } },
      ]
    : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    params: [
      { name: SIGNALS.title, value: "" },
      { name: SIGNALS.unit, value: "" },
    ],
    title: { text: { expr: SIGNALS.title }, anchor: "start", fontSize: 15 },
    background: "white",
    config: { font: "DejaVu Sans, Verdana, sans-serif", view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } },
    layer: [{ data: { name: DATASETS.readings }, layer: readings }, ...referenceLines, ...dueDate],
  } as TopLevelSpec;
}
