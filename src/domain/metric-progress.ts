import { daysBetween } from "./calendar-date.js";

export interface MetricFigures {
  baseline: number;
  target: number;
  current: number | null;
  dueOn: string | null;
  /** When the metric was set, YYYY-MM-DD: the start of its pace line. */
  startedOn: string;
}

/** Share of the way from baseline to target (0..1); works for metrics that should go down too. */
export function metricProgress(figures: Pick<MetricFigures, "baseline" | "target" | "current">): number {
  if (figures.current === null) return 0;
  const span = figures.target - figures.baseline;
  if (span === 0) return figures.current === figures.target ? 1 : 0;
  return Math.min(1, Math.max(0, (figures.current - figures.baseline) / span));
}

/** Whether the metric is more than a quarter behind a straight line from its start to its due date. */
export function isBehindPace(figures: MetricFigures, today: string): boolean {
  if (figures.dueOn === null) return false;
  const total = daysBetween(figures.startedOn, figures.dueOn);
  if (total <= 0) return false;
  const elapsed = Math.min(1, Math.max(0, daysBetween(figures.startedOn, today) / total));
  return metricProgress(figures) < elapsed - 0.25;
}

export function isPastDue(figures: Pick<MetricFigures, "dueOn">, today: string): boolean {
  return figures.dueOn !== null && figures.dueOn < today;
}
