import { calendarDateIn } from "../../domain/calendar-date.js";
import { metricProgress } from "../../domain/metric-progress.js";
import { formatNumber } from "../../ui/format-number.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { PartnershipReportData, ReportWindow } from "../../store/report-repository.js";
import type { Chart } from "../../ui/reply.js";
import type { PartnershipReport, ReportHighlight, ReportOutcome } from "../../ui/reports/report.js";
import { buildParticipationChart } from "./build-participation-chart.js";
import { buildReportQuestions } from "./build-report-questions.js";

function buildOutcome(metric: PartnershipReportData["metrics"][number], window: ReportWindow, timeZone: string): ReportOutcome {
  const endValue = metric.readings.at(-1)?.value ?? null;
  const startValue = metric.before ?? metric.readings[0]?.value ?? null;
  const progress = metricProgress({ baseline: metric.baseline, target: metric.target, current: endValue });
  const unit = metric.unit === "" ? undefined : metric.unit;
  const latest = endValue === null ? "no readings in this range" : `latest ${formatNumber(endValue)}${unit ? ` ${unit}` : ""}`;
  const retiredOn = metric.retiredAt === null ? null : calendarDateIn(metric.retiredAt, timeZone);
  const chart: Chart = {
    title: retiredOn === null ? metric.name : `${metric.name} (retired ${retiredOn})`,
    description: `${metric.name} from ${window.from} to ${window.to}: ${metric.readings.length} readings, ${latest}; baseline ${formatNumber(metric.baseline)}, target ${formatNumber(metric.target)}${metric.dueOn ? ` by ${metric.dueOn}` : ""}.`,
    kind: "line",
    series: [{ label: metric.name, points: metric.readings.map((reading) => ({ x: calendarDateIn(reading.recordedAt, timeZone), y: reading.value })) }],
    baseline: metric.baseline,
    target: metric.target,
    ...(metric.dueOn !== null && metric.dueOn >= window.from && metric.dueOn <= window.to ? { dueDate: metric.dueOn } : {}),
    ...(unit === undefined ? {} : { unit }),
  };
  return {
    metric: metric.name,
    unit: metric.unit,
    baseline: metric.baseline,
    target: metric.target,
    direction: metric.direction,
    dueOn: metric.dueOn,
    startValue,
    endValue,
    readings: metric.readings.length,
    progress,
    met: endValue !== null && progress >= 1,
    retiredOn,
    chart,
  };
}

/** The same highlight typed week after week is said once, with how often and by whom. */
function collectHighlights(rows: PartnershipReportData["highlights"], timeZone: string): ReportHighlight[] {
  const byText = new Map<string, ReportHighlight>();
  for (const row of rows) {
    const text = row.text.trim();
    const key = text.toLowerCase();
    const seen = byText.get(key) ?? { text, people: [], times: 0, lastOn: "" };
    if (!seen.people.includes(row.person)) seen.people.push(row.person);
    seen.times += 1;
    seen.lastOn = calendarDateIn(row.submittedAt, timeZone);
    byText.set(key, seen);
  }
  return [...byText.values()].sort((a, b) => (a.lastOn === b.lastOn ? 0 : a.lastOn < b.lastOn ? 1 : -1));
}

/** One partnership's report from what the store read for its window. */
export function buildPartnershipReport(partnership: PartnershipRecord, data: PartnershipReportData, window: ReportWindow, now: Date): PartnershipReport {
  const timeZone = partnership.timezone;
  const dayOf = (instant: Date) => calendarDateIn(instant, timeZone);
  const byMonth = new Map<string, { answered: number; expected: number }>();
  for (const round of data.rounds) {
    const month = round.period.slice(0, 7);
    const entry = byMonth.get(month) ?? { answered: 0, expected: 0 };
    entry.answered += round.answered;
    entry.expected += data.liaisons;
    byMonth.set(month, entry);
  }
  const answered = data.rounds.reduce((sum, round) => sum + round.answered, 0);
  const expected = data.rounds.length * data.liaisons;
  return {
    handle: partnership.handle,
    name: partnership.name,
    status: partnership.status,
    timezone: timeZone,
    outcomes: data.metrics.map((metric) => buildOutcome(metric, window, timeZone)),
    milestonesReached: data.milestones.filter((milestone) => milestone.doneAt !== null).map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, doneOn: dayOf(milestone.doneAt!) })),
    milestonesOpen: data.milestones.filter((milestone) => milestone.doneAt === null).map((milestone) => ({ title: milestone.title, dueOn: milestone.dueOn, doneOn: null })),
    participation: {
      rounds: data.rounds.length,
      answered,
      expected,
      responseRate: expected === 0 ? null : Math.min(1, answered / expected),
      surveys: data.surveys.map((survey) => ({ title: survey.title, anonymous: survey.anonymous, sentOn: survey.sentAt === null ? null : dayOf(survey.sentAt), responses: survey.responses })),
      surveyResponses: data.surveys.reduce((sum, survey) => sum + survey.responses, 0),
      chart: buildParticipationChart(byMonth, window.from, window.to, dayOf(now)),
    },
    highlights: collectHighlights(data.highlights, timeZone),
    questions: buildReportQuestions(data.questions, dayOf),
    reflections: data.reflections.map((reflection) => ({ on: dayOf(reflection.createdAt), person: reflection.person, round: reflection.round, text: reflection.body })),
    contributions: data.partners.map((partner) => ({ ...partner, assets: partner.assets.map((asset) => ({ ...asset, quantity: asset.quantity ?? null })) })),
  };
}
