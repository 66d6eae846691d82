import type { Chart } from "../../ui/reply.js";
import { monthsBetween } from "./months-between.js";

/** Check-ins answered against those asked for, a pair of bars per month of the range up to today. */
export function buildParticipationChart(byMonth: ReadonlyMap<string, { answered: number; expected: number }>, from: string, to: string, today: string): Chart {
  const months = monthsBetween(from, to < today ? to : today < from ? from : today);
  const answered = months.map((month) => ({ x: month, y: byMonth.get(month)?.answered ?? 0 }));
  const expected = months.map((month) => ({ x: month, y: byMonth.get(month)?.expected ?? 0 }));
  const total = answered.reduce((sum, point) => sum + point.y, 0);
  const asked = expected.reduce((sum, point) => sum + point.y, 0);
  return {
    title: "Check-ins answered by month",
    description: `Check-ins answered against check-ins asked for, by month from ${from} to ${to}: ${total} of ${asked} in all.`,
    kind: "bars",
    series: [
      { label: "Answered", points: answered },
      { label: "Asked for", points: expected },
    ],
    unit: "check-ins",
  };
}
