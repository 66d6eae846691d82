import { describeChartLatest } from "../charts/describe-chart-latest.js";
import { renderChartSparkline } from "../charts/render-chart-sparkline.js";
import { formatNumber } from "../format-number.js";
import type { PartnershipReport, Report } from "./report.js";
import { describeReportQuestion, formatRate, formatReading, outcomeLabel } from "./format-report-values.js";

// Markdown that a person typed could carry links, images or HTML: escape what makes syntax.
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (character) => `\\${character}`).replace(/\r?\n/g, " ");

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}

function partnershipSections(p: PartnershipReport): string[] {
  const lines: string[] = ["## Outcomes against targets", ""];
  if (p.outcomes.length === 0) lines.push("No success metrics yet.", "");
  else {
    lines.push(...table(["Metric", "Start", "Latest", "Baseline", "Target", "Due", "Progress"], p.outcomes.map((o) => [escape(outcomeLabel(o)), formatReading(o.startValue, o.unit), formatReading(o.endValue, o.unit), formatNumber(o.baseline), formatNumber(o.target), o.dueOn ?? "-", `${Math.round(o.progress * 100)}%${o.met ? " (met)" : ""}`])), "");
    for (const outcome of p.outcomes) lines.push("```", renderChartSparkline(outcome.chart), "```", "");
  }
  lines.push("## Milestones reached", "", ...(p.milestonesReached.length === 0 ? ["None in this range."] : p.milestonesReached.map((m) => `- ${escape(m.title)} (done ${m.doneOn}, due ${m.dueOn})`)), "");
  if (p.milestonesOpen.length > 0) lines.push("Still open:", "", ...p.milestonesOpen.map((m) => `- ${escape(m.title)} (due ${m.dueOn})`), "");
  const participation = p.participation;
  lines.push("## Participation", "", `- Response rate: ${formatRate(participation.responseRate)} (${participation.answered} of ${participation.expected} check-ins over ${participation.rounds} rounds)`, `- Survey responses: ${participation.surveyResponses}`, ...describeChartLatest(participation.chart).map((line) => `- ${escape(line)}`), "");
  if (participation.surveys.length > 0) lines.push(...table(["Survey", "Sent", "Responses"], participation.surveys.map((s) => [`${escape(s.title)}${s.anonymous ? " (anonymous)" : ""}`, s.sentOn ?? "-", String(s.responses)])), "");
  lines.push("## Highlights", "", ...(p.highlights.length === 0 ? ["No highlights in this range."] : p.highlights.map((h) => `- ${escape(h.text)} (${h.people.map(escape).join(", ")}${h.times > 1 ? `; ${h.times} check-ins` : ""}; latest ${h.lastOn})`)), "");
  if (p.questions.length > 0) {
    lines.push("## Check-in questions", "");
    for (const q of p.questions) {
      lines.push(`- ${escape(q.prompt)}${q.removedOn === null ? "" : ` (no longer asked since ${q.removedOn})`}: ${escape(describeReportQuestion(q))}`);
      lines.push(...q.recent.map((answer) => `  - ${answer.on}, ${escape(answer.person)}: ${escape(answer.text)}`));
    }
    lines.push("");
  }
  lines.push("## Reflections", "", ...(p.reflections.length === 0 ? ["No reflections in this range."] : p.reflections.map((r) => `- ${r.on}, ${escape(r.person)}: ${escape(r.text)}`)), "");
  lines.push("## What each partner contributed", "");
  for (const partner of p.contributions) {
    lines.push(`### ${escape(partner.organization)} (${partner.kind}${partner.role ? `, ${escape(partner.role)}` : ""})`, "");
    if (partner.commitments) lines.push(`Commitments: ${escape(partner.commitments)}`, "");
    lines.push(...(partner.assets.length === 0 ? ["No assets recorded."] : partner.assets.map((a) => `- ${a.kind}: ${escape(a.description)}${a.quantity === null ? "" : ` (${formatNumber(a.quantity)})`}`)), "");
  }
  return lines;
}

/** The report as a Markdown document: the same sections as the web page, charts as sparklines. */
export function formatReportMarkdown(report: Report): string {
  const term = report.kind === "partnership" && report.term !== null ? (report.term.all ? "All terms, from" : `Term ${escape(report.term.label)}, from`) : "From";
  const lines = [`# ${escape(report.title)}`, "", `${term} ${report.range.from} to ${report.range.to}. Made ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC.`, ""];
  if (report.kind === "partnership") lines.push(...partnershipSections(report.partnership));
  else {
    const t = report.totals;
    lines.push("## Program", "", `- Partnerships: ${t.partnerships}`, `- Outcomes met: ${t.outcomesMet} of ${t.outcomes}`, `- Milestones reached: ${t.milestonesReached} (${t.milestonesOpen} due and open)`, `- Response rate: ${formatRate(t.responseRate)} (${t.answered} of ${t.expected} check-ins)`, `- Survey responses: ${t.surveyResponses}`, `- Reflections: ${t.reflections}`, `- Assets contributed: ${t.assets}`, "");
    for (const chart of report.charts) lines.push("```", renderChartSparkline(chart), "```", "");
    lines.push("## Partnerships", "", ...table(["Partnership", "Outcomes met", "Milestones reached", "Response rate", "Survey responses", "Reflections", "Assets"], report.rows.map((r) => [`${escape(r.name)} (${r.handle})`, `${r.outcomesMet} of ${r.outcomes}`, String(r.milestonesReached), formatRate(r.responseRate), String(r.surveyResponses), String(r.reflections), String(r.assets)])), "");
  }
  lines.push("Aggregates and partner notes only: the bot stores no student personal data.", "");
  return lines.join("\n");
}
