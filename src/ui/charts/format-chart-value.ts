import { formatNumber } from "../format-number.js";

/** "19 students", "3.5" or "80 %": a chart's value with its unit when it has one. */
export function formatChartValue(value: number, unit: string | undefined): string {
  return unit === undefined || unit === "" ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}
