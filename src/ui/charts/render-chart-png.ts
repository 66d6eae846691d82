import type { Chart } from "../reply.js";
import { renderChartSvg } from "./render-chart-svg.js";

/**
 * resvg draws no text without a font, and it loads none unless told to. It reads the system's
 * (Debian's fonts-dejavu-core gives /usr/share/fonts/truetype/dejavu); on a machine with no fonts
 * at all, lines and points still render but labels are blank.
 */
const FONT_OPTIONS = { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" };

/** The chart as a PNG for platforms that show images (Slack, Discord), `width` pixels wide. */
export async function renderChartPng(chart: Chart, width = 960): Promise<Buffer> {
  const svg = await renderChartSvg(chart);
  // Loaded with the first chart, as Vega is (render-chart-svg.ts).
  const { Resvg } = await import("@resvg/resvg-js");
  return new Resvg(svg, { fitTo: { mode: "width", value: width }, font: FONT_OPTIONS, background: "white" }).render().asPng();
}
