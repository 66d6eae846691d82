import type { Chart } from "../reply.js";
import { renderChartSvg } from "./render-chart-svg.js";

/**
 * resvg draws no text without a font, and it loads none unless told to. It reads the system's
 * (Debian's fonts-dejavu-core gives /usr/share/fonts/truetype/dejavu); on a machine with no fonts
 * at all, lines and points still render but labels are blank.
 */
const FONT_OPTIONS = { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" };

/**
 * Drawing a chart is about 100 ms of CPU, and a status asked again before a new reading draws the
 * same charts: the latest PNGs are kept by content (a chart's whole data is its key), and the same
 * chart asked for while it is being drawn waits for that one drawing. At most this many (each tens
 * of kilobytes). The key is the chart's JSON itself, a few kilobytes at most: hashing it cost more
 * than the rest of finding a cached chart (bench:discord-ack's profile).
 */
const CACHED_IMAGES = 64;
const images = new Map<string, Promise<Buffer>>();

async function draw(chart: Chart, width: number): Promise<Buffer> {
  const svg = await renderChartSvg(chart);
  // Loaded with the first chart, as Vega is (render-chart-svg.ts).
  const { Resvg } = await import("@resvg/resvg-js");
  return new Resvg(svg, { fitTo: { mode: "width", value: width }, font: FONT_OPTIONS, background: "white" }).render().asPng();
}

/** The chart as a PNG for platforms that show images (Slack, Discord), `width` pixels wide. */
export function renderChartPng(chart: Chart, width = 960): Promise<Buffer> {
  const key = `${width}\n${JSON.stringify(chart)}`;
  const known = images.get(key);
  if (known !== undefined) {
    // Most recently used last, so the oldest goes first.
    images.delete(key);
    images.set(key, known);
    return known;
  }
  const drawing = draw(chart, width);
  images.set(key, drawing);
  drawing.catch(() => images.delete(key));
  if (images.size > CACHED_IMAGES) images.delete(images.keys().next().value!);
  return drawing;
}
