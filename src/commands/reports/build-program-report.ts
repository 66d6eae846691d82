import { metricProgress } from "../../domain/metric-progress.js";
import type { ProgramReportData, ReportWindow } from "../../store/report-repository.js";
import type { Chart } from "../../ui/reply.js";
import type { ProgramReportRow, ProgramTotals } from "../../ui/reports/report.js";
import { buildParticipationChart } from "./build-participation-chart.js";

const PROGRESS_BANDS = ["no reading", "under 25%", "25-49%", "50-74%", "75-99%", "met"] as const;

function bandOf(latest: number | null, progress: number): (typeof PROGRESS_BANDS)[number] {
  if (latest === null) return "no reading";
  if (progress >= 1) return "met";
  return PROGRESS_BANDS[1 + Math.min(3, Math.floor(progress * 4))]!;
}

/** The program's rows, totals and two charts (participation by month, outcomes by progress). */
export function buildProgramReport(data: ProgramReportData, window: ReportWindow, today: string): { rows: ProgramReportRow[]; totals: ProgramTotals; charts: Chart[] } {
  const outcomes = new Map<number, { met: number; all: number }>();
  const bands = new Map<string, number>(PROGRESS_BANDS.map((band) => [band, 0]));
  for (const metric of data.metrics) {
    const progress = metricProgress({ baseline: metric.baseline, target: metric.target, current: metric.latest });
    const entry = outcomes.get(metric.partnershipId) ?? { met: 0, all: 0 };
    entry.all += 1;
    if (metric.latest !== null && progress >= 1) entry.met += 1;
    outcomes.set(metric.partnershipId, entry);
    const band = bandOf(metric.latest, progress);
    bands.set(band, bands.get(band)! + 1);
  }
  const rounds = new Map<number, { rounds: number; answered: number }>();
  const byMonth = new Map<string, { answered: number; expected: number }>();
  for (const row of data.roundsByMonth) {
    const entry = rounds.get(row.partnershipId) ?? { rounds: 0, answered: 0 };
    entry.rounds += row.rounds;
    entry.answered += row.answered;
    rounds.set(row.partnershipId, entry);
    const month = byMonth.get(row.month) ?? { answered: 0, expected: 0 };
    month.answered += row.answered;
    month.expected += row.rounds * (data.liaisons.get(row.partnershipId) ?? 0);
    byMonth.set(row.month, month);
  }
  const rows = data.partnerships.map((partnership): ProgramReportRow => {
    const own = rounds.get(partnership.id) ?? { rounds: 0, answered: 0 };
    const expected = own.rounds * (data.liaisons.get(partnership.id) ?? 0);
    const outcome = outcomes.get(partnership.id) ?? { met: 0, all: 0 };
    const milestones = data.milestones.get(partnership.id) ?? { reached: 0, open: 0 };
    return {
      handle: partnership.handle,
      name: partnership.name,
      status: partnership.status,
      outcomesMet: outcome.met,
      outcomes: outcome.all,
      milestonesReached: milestones.reached,
      milestonesOpen: milestones.open,
      rounds: own.rounds,
      answered: own.answered,
      expected,
      responseRate: expected === 0 ? null : Math.min(1, own.answered / expected),
      surveyResponses: data.surveyResponses.get(partnership.id) ?? 0,
      reflections: data.reflections.get(partnership.id) ?? 0,
      assets: data.assets.get(partnership.id) ?? 0,
    };
  });
  const sum = (pick: (row: ProgramReportRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const [answered, expected] = [sum((row) => row.answered), sum((row) => row.expected)];
  const totals: ProgramTotals = {
    partnerships: rows.length,
    outcomesMet: sum((row) => row.outcomesMet),
    outcomes: sum((row) => row.outcomes),
    milestonesReached: sum((row) => row.milestonesReached),
    milestonesOpen: sum((row) => row.milestonesOpen),
    answered,
    expected,
    responseRate: expected === 0 ? null : Math.min(1, answered / expected),
    surveyResponses: sum((row) => row.surveyResponses),
    reflections: sum((row) => row.reflections),
    assets: sum((row) => row.assets),
  };
  const outcomesChart: Chart = {
    title: "Outcomes by progress toward target",
    description: `How far each of the program's ${totals.outcomes} success metrics has come from baseline to target by ${window.to}: ${PROGRESS_BANDS.map((band) => `${bands.get(band)} ${band}`).join(", ")}.`,
    kind: "bars",
    series: [{ label: "Metrics", points: PROGRESS_BANDS.map((band) => ({ x: band, y: bands.get(band)! })) }],
    unit: "metrics",
  };
  return { rows, totals, charts: [buildParticipationChart(byMonth, window.from, window.to, today), outcomesChart] };
}
