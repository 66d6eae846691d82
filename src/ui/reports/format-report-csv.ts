import { formatCsv, type CsvCell } from "../format-csv.js";
import type { Report } from "./report.js";
import { describeReportQuestion } from "./format-report-values.js";

export const REPORT_CSV_COLUMNS = ["section", "partnership", "item", "date", "value", "baseline", "target", "unit", "detail"] as const;

/**
 * The report as one long table (a row per outcome, milestone, survey, highlight, check-in question, reflection and
 * asset; a row per partnership in the program's), so it sorts and filters in any spreadsheet.
 * Text cells are neutralised against formula injection by formatCsv.
 */
export function formatReportCsv(report: Report): string {
  const term = report.kind === "partnership" && report.term !== null ? `; ${report.term.all ? "all terms" : `term ${report.term.label}`}` : "";
  const rows: CsvCell[][] = [[...REPORT_CSV_COLUMNS], ["range", null, "report", report.range.from, null, null, null, null, `to ${report.range.to}${term}`]];
  if (report.kind === "program") {
    for (const row of report.rows) {
      rows.push(["partnership", row.handle, row.name, null, row.outcomesMet, null, row.outcomes, "outcomes met", row.status]);
      rows.push(["milestones", row.handle, "reached", null, row.milestonesReached, null, null, "milestones", `${row.milestonesOpen} open`]);
      rows.push(["participation", row.handle, "check-ins answered", null, row.answered, null, row.expected, "check-ins", `${row.rounds} rounds`]);
      rows.push(["surveys", row.handle, "responses", null, row.surveyResponses, null, null, "responses", null]);
      rows.push(["reflections", row.handle, "reflections", null, row.reflections, null, null, "reflections", null]);
      rows.push(["contributions", row.handle, "assets", null, row.assets, null, null, "assets", null]);
    }
    return formatCsv(rows);
  }
  const p = report.partnership;
  for (const outcome of p.outcomes) {
    rows.push(["outcome", p.handle, outcome.metric, outcome.dueOn, outcome.endValue, outcome.baseline, outcome.target, outcome.unit, `${outcome.met ? "met" : "not met"}${outcome.retiredOn === null ? "" : `; retired ${outcome.retiredOn}`}; started at ${outcome.startValue ?? "no reading"}; ${outcome.readings} readings`]);
    for (const point of outcome.chart.series[0]?.points ?? []) rows.push(["reading", p.handle, outcome.metric, point.x, point.y, null, null, outcome.unit, null]);
  }
  for (const milestone of p.milestonesReached) rows.push(["milestone reached", p.handle, milestone.title, milestone.doneOn, null, null, null, null, `due ${milestone.dueOn}`]);
  for (const milestone of p.milestonesOpen) rows.push(["milestone open", p.handle, milestone.title, milestone.dueOn, null, null, null, null, "not done"]);
  const participation = p.participation;
  rows.push(["participation", p.handle, "check-ins answered", null, participation.answered, null, participation.expected, "check-ins", `${participation.rounds} rounds`]);
  for (const survey of participation.surveys) rows.push(["survey", p.handle, survey.title, survey.sentOn, survey.responses, null, null, "responses", survey.anonymous ? "anonymous" : null]);
  for (const highlight of p.highlights) rows.push(["highlight", p.handle, highlight.text, highlight.lastOn, highlight.times, null, null, "check-ins", highlight.people.join("; ")]);
  for (const question of p.questions) {
    const removed = question.removedOn === null ? "" : `; no longer asked since ${question.removedOn}`;
    rows.push(["check-in question", p.handle, question.prompt, null, question.answers, null, null, "answers", `${describeReportQuestion(question)}${removed}`]);
    if (question.average !== null) rows.push(["check-in average", p.handle, question.prompt, null, Math.round(question.average * 100) / 100, null, null, question.kind === "scale" ? "of 5" : null, null]);
    for (const choice of question.choices) rows.push(["check-in answer", p.handle, question.prompt, null, choice.count, null, null, "answers", choice.option]);
    for (const answer of question.recent) rows.push(["check-in answer", p.handle, question.prompt, answer.on, null, null, null, null, `${answer.person}: ${answer.text}`]);
  }
  for (const reflection of p.reflections) rows.push(["reflection", p.handle, reflection.text, reflection.on, null, null, null, null, reflection.person]);
  for (const partner of p.contributions) {
    for (const asset of partner.assets) rows.push(["contribution", p.handle, asset.description, null, asset.quantity, null, null, asset.kind, partner.organization]);
    if (partner.assets.length === 0) rows.push(["contribution", p.handle, partner.commitments || partner.role, null, null, null, null, null, partner.organization]);
  }
  return formatCsv(rows);
}
