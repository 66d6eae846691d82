import { createHash } from "node:crypto";
import type * as Vega from "vega";
import type { Chart } from "../reply.js";
import { buildChartSpec, DATASETS, shapeKey, shapeOf, SIGNALS, type ChartShape } from "./build-chart-spec.js";
import { chartData } from "./chart-data.js";

// Compiling Vega-Lite and parsing Vega is most of a render's time; a chart's shape has few
// variants, so each is compiled once and only its data and signals change per chart.
const runtimes = new Map<string, Vega.Runtime>();

/**
 * Vega, Vega-Lite and their dependencies are tens of megabytes once loaded: a process that never
 * draws a chart never loads them (bench:idle), and the first chart does, once.
 */
let renderer: Promise<{ vega: typeof Vega; compileVegaLite: typeof import("./compile-vega-lite.js").compileVegaLite }> | undefined;
function loadRenderer() {
  renderer ??= Promise.all([import("vega"), import("./compile-vega-lite.js")]).then(([vega, { compileVegaLite }]) => ({ vega, compileVegaLite }));
  return renderer;
}

async function runtimeFor(shape: ChartShape): Promise<{ vega: typeof Vega; runtime: Vega.Runtime }> {
  const { vega, compileVegaLite } = await loadRenderer();
  const key = shapeKey(shape);
  let runtime = runtimes.get(key);
  if (runtime === undefined) {
    runtime = vega.parse(compileVegaLite(buildChartSpec(shape)).spec);
    runtimes.set(key, runtime);
  }
  return { vega, runtime };
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export interface RenderChartSvgOptions {
  /** Prefix of the ids of <title> and <desc>, unique on a page that shows several charts. */
  idPrefix?: string;
}

function defaultId(chart: Chart): string {
  return `chart-${createHash("sha256").update(JSON.stringify(chart)).digest("hex").slice(0, 10)}`;
}

/**
 * The chart as standalone SVG that a screen reader announces as one image: role="img", a <title>
 * and a <desc> it is labelled by. Vega's own per-mark ARIA is switched off: inside role="img" it
 * would be hidden anyway, and the web adds a data table beside the chart for the numbers.
 */
export async function renderChartSvg(chart: Chart, options: RenderChartSvgOptions = {}): Promise<string> {
  const data = chartData(chart);
  // A new View per render: views are cheap, and concurrent renders must not share data.
  const { vega, runtime } = await runtimeFor(shapeOf(chart));
  const view = new vega.View(runtime, { renderer: "none" });
  view.signal(SIGNALS.title, chart.title).signal(SIGNALS.unit, chart.unit ?? "");
  view.data(DATASETS.readings, data.readings).data(DATASETS.lines, data.lines);
  if (chart.kind === "line") view.data(DATASETS.due, data.due);
  try {
    const svg = await view.toSVG();
    const id = options.idPrefix ?? defaultId(chart);
    const labelled = `<title id="${id}-title">${escapeXml(chart.title)}</title><desc id="${id}-desc">${escapeXml(chart.description)}</desc>`;
    const withoutVegaAria = svg.replace(/\s(?:role|aria-[a-z-]+)="[^"]*"/g, "");
    return withoutVegaAria.replace(/^<svg\b([^>]*)>/, (_whole, attributes: string) => `<svg${attributes} role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc">${labelled}`);
  } finally {
    view.finalize();
  }
}
