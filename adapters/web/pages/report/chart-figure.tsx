import { raw } from "hono/html";
import type { Chart } from "../../../../src/ui/reply.js";
import { formatChartValue } from "../../../../src/ui/charts/format-chart-value.js";

/**
 * A chart as a figure: the server-drawn SVG (role="img" with its title and description), a caption,
 * and the numbers as a table inside <details>, which opens without JavaScript.
 */
export function ChartFigure({ chart, svg }: { chart: Chart; svg: string }) {
  return (
    <figure class="chart">
      {raw(svg)}
      <figcaption>{chart.description}</figcaption>
      <details class="chart-data">
        <summary>The numbers in this chart</summary>
        <table>
          <caption class="visually-hidden">{chart.title}</caption>
          <thead>
            <tr>
              <th scope="col">{chart.kind === "line" ? "Date" : "Period"}</th>
              {chart.series.map((series) => (
                <th scope="col">{series.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(chart.series[0]?.points ?? []).map((point, index) => (
              <tr>
                <th scope="row">{point.x}</th>
                {chart.series.map((series) => (
                  <td>{series.points[index] === undefined ? "-" : formatChartValue(series.points[index]!.y, chart.unit)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
