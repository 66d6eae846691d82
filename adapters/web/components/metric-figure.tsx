import { raw } from "hono/html";
import type { MetricView } from "../../../src/ports/dashboard.js";

const number = (value: number) => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

/**
 * A metric's chart: the inline SVG (role="img", its own title and description) in a figure with a
 * caption, and the readings as a table for anyone who wants the numbers (screen readers included).
 */
export function MetricFigure({ metric, svg, id }: { metric: MetricView; svg: string; id: string }) {
  const unit = metric.unit === "" ? "" : ` ${metric.unit}`;
  return (
    <figure class="metric" id={id}>
      {raw(svg)}
      <figcaption>
        {metric.name}: {Math.round(metric.progress * 100)}% of the way from baseline {number(metric.baseline)}{unit} to target {number(metric.target)}{unit}
        {metric.dueOn === null ? "" : `, due ${metric.dueOn}`}.
        {metric.retiredOn === null ? "" : ` Retired on ${metric.retiredOn}: check-ins no longer ask for it.`}
      </figcaption>
      <details>
        <summary>Readings of {metric.name} as a table</summary>
        <table class="readings">
          <caption>{metric.name}: {metric.readings.length} readings</caption>
          <thead><tr><th scope="col">Date</th><th scope="col">Value{unit === "" ? "" : ` (${metric.unit})`}</th><th scope="col">Recorded by</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {metric.readings.map((reading) => (
              <tr><td>{reading.on}</td><td data-value={String(reading.value)}>{number(reading.value)}</td><td>{reading.by ?? ""}</td><td>{reading.note}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
