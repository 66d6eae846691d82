import { formatNumber } from "../format-number.js";

/** "45%" or "no rounds": a response rate for people to read. */
export function formatRate(rate: number | null): string {
  return rate === null ? "no rounds" : `${Math.round(rate * 100)}%`;
}

/** "31 students", or "no reading" for a metric without one. */
export function formatReading(value: number | null, unit: string): string {
  return value === null ? "no reading" : unit === "" ? formatNumber(value) : `${formatNumber(value)} ${unit}`;
}
