import { formatNumber } from "../../ui/format-number.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";
import type { PartnershipReport, ReportRange, ReportTerm } from "../../ui/reports/report.js";
import { describeReportQuestion, outcomeLabel } from "../../ui/reports/format-report-values.js";

const percent = (rate: number | null) => (rate === null ? "no rounds" : `${Math.round(rate * 100)}%`);
const withUnit = (value: number | null, unit: string) => (value === null ? "no reading" : `${formatNumber(value)}${unit ? ` ${unit}` : ""}`);

/** The report in chat: the figures, a progress bar and a chart per outcome, and the link to the whole report. */
export function buildReportSummary(report: PartnershipReport, range: ReportRange, term: ReportTerm | null, url: string): Message {
  const { outcomes, participation } = report;
  const of = term === null ? "" : term.all ? " (all terms)" : ` (term ${term.label})`;
  const message = new MessageBuilder(`Report: ${report.name} (${report.handle}), ${range.from} to ${range.to}${of}`)
    .fields([
      { label: "Outcomes met", value: `${outcomes.filter((outcome) => outcome.met).length} of ${outcomes.length}` },
      { label: "Milestones reached", value: `${report.milestonesReached.length}${report.milestonesOpen.length > 0 ? ` (${report.milestonesOpen.length} still open)` : ""}` },
      { label: "Response rate", value: `${percent(participation.responseRate)} (${participation.answered} of ${participation.expected} check-ins, ${participation.rounds} rounds)` },
      { label: "Surveys answered", value: `${participation.surveyResponses} responses to ${participation.surveys.length} surveys` },
      { label: "Reflections", value: String(report.reflections.length) },
    ]);
  for (const outcome of outcomes) {
    message.progress(outcomeLabel(outcome), outcome.progress, `${withUnit(outcome.startValue, outcome.unit)} to ${withUnit(outcome.endValue, outcome.unit)}, target ${withUnit(outcome.target, outcome.unit)}${outcome.met ? " (met)" : ""}`);
  }
  for (const outcome of outcomes) message.chart(outcome.chart);
  message.list("Milestones reached", report.milestonesReached.map((milestone) => `${milestone.title} (${milestone.doneOn})`), "None in this range.");
  message.list("Highlights", report.highlights.slice(0, 5).map((highlight) => (highlight.times > 1 ? `${highlight.text} (${highlight.times} check-ins)` : highlight.text)));
  if (report.questions.length > 0) message.list("Check-in questions", report.questions.map((question) => `${question.prompt}: ${describeReportQuestion(question)}`));
  message.text(`The full report, to print or download as Markdown or CSV: ${url}`);
  if (term !== null && term.terms.length > 1) message.context(`Terms: ${term.terms.join(", ")}. Another: /partner report ${report.handle} --term <term> (or --term all)`);
  return message.build();
}
