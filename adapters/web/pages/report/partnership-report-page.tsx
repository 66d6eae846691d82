import type { Report } from "../../../../src/ui/reports/report.js";
import { formatNumber } from "../../../../src/ui/format-number.js";
import { describeReportQuestion, formatRate, formatReading, outcomeLabel } from "../../../../src/ui/reports/format-report-values.js";
import { Layout, type LayoutProps } from "../layout.js";
import { ChartFigure } from "./chart-figure.js";
import { ReportHeader } from "./report-header.js";

type PartnershipReportView = Extract<Report, { kind: "partnership" }>;

export interface PartnershipReportPageProps {
  report: PartnershipReportView;
  /** SVG of each outcome's chart, in order, then the participation chart. */
  svgs: string[];
  path: string;
  signedIn: LayoutProps["signedIn"];
}

/** A partnership's report: outcomes with charts, milestones, participation, highlights, check-in questions, reflections, contributions. */
export function PartnershipReportPage({ report, svgs, path, signedIn }: PartnershipReportPageProps) {
  const p = report.partnership;
  const participation = p.participation;
  return (
    <Layout title={`Report: ${p.name}`} signedIn={signedIn}>
      <ReportHeader report={report} path={path} />
      <dl class="summary">
        <div><dt>Outcomes met</dt><dd>{p.outcomes.filter((o) => o.met).length} of {p.outcomes.length}</dd></div>
        <div><dt>Milestones reached</dt><dd>{p.milestonesReached.length}</dd></div>
        <div><dt>Response rate</dt><dd>{formatRate(participation.responseRate)}</dd></div>
        <div><dt>Survey responses</dt><dd>{participation.surveyResponses}</dd></div>
      </dl>

      <section aria-labelledby="outcomes">
        <h2 id="outcomes">Outcomes against targets</h2>
        {p.outcomes.length === 0 ? (
          <p>No success metrics yet.</p>
        ) : (
          <table class="outcomes">
            <thead>
              <tr><th scope="col">Metric</th><th scope="col">Start</th><th scope="col">Latest</th><th scope="col">Baseline</th><th scope="col">Target</th><th scope="col">Due</th><th scope="col">Progress</th></tr>
            </thead>
            <tbody>
              {p.outcomes.map((o) => (
                <tr>
                  <th scope="row">{outcomeLabel(o)}</th>
                  <td>{formatReading(o.startValue, o.unit)}</td>
                  <td>{formatReading(o.endValue, o.unit)}</td>
                  <td>{formatNumber(o.baseline)}</td>
                  <td>{formatReading(o.target, o.unit)}</td>
                  <td>{o.dueOn ?? "-"}</td>
                  <td>{Math.round(o.progress * 100)}%{o.met ? " (met)" : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {p.outcomes.map((o, index) => (
          <ChartFigure chart={o.chart} svg={svgs[index]!} />
        ))}
      </section>

      <section aria-labelledby="milestones">
        <h2 id="milestones">Milestones reached</h2>
        {p.milestonesReached.length === 0 ? <p>None in this range.</p> : (
          <ul>{p.milestonesReached.map((m) => <li>{m.title} (done {m.doneOn}, due {m.dueOn})</li>)}</ul>
        )}
        {p.milestonesOpen.length > 0 && (
          <>
            <h3>Due in this range and still open</h3>
            <ul>{p.milestonesOpen.map((m) => <li>{m.title} (due {m.dueOn})</li>)}</ul>
          </>
        )}
      </section>

      <section aria-labelledby="participation">
        <h2 id="participation">Participation</h2>
        <p>
          {participation.answered} of {participation.expected} check-ins answered over {participation.rounds} rounds: a response rate of {formatRate(participation.responseRate)}. {participation.surveyResponses} survey responses.
        </p>
        <ChartFigure chart={participation.chart} svg={svgs[p.outcomes.length]!} />
        {participation.surveys.length > 0 && (
          <table>
            <caption>Surveys</caption>
            <thead><tr><th scope="col">Survey</th><th scope="col">Sent</th><th scope="col">Responses in range</th></tr></thead>
            <tbody>
              {participation.surveys.map((s) => (
                <tr><th scope="row">{s.title}{s.anonymous ? " (anonymous)" : ""}</th><td>{s.sentOn ?? "not sent"}</td><td>{s.responses}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="highlights">
        <h2 id="highlights">Highlights</h2>
        {p.highlights.length === 0 ? <p>No highlights in this range.</p> : (
          <ul>{p.highlights.map((h) => <li>{h.text} <span class="hint">({h.people.join(", ")}{h.times > 1 ? `; ${h.times} check-ins` : ""}; latest {h.lastOn})</span></li>)}</ul>
        )}
        {p.questions.length > 0 && (
          <>
            <h3>Check-in questions</h3>
            <ul class="check-in-questions">
              {p.questions.map((q) => (
                <li>
                  {q.prompt}{q.removedOn === null ? "" : <span class="hint"> (no longer asked since {q.removedOn})</span>}: {describeReportQuestion(q)}
                  {q.recent.length > 0 && <ul>{q.recent.map((a) => <li><span class="hint">{a.on}, {a.person}:</span> {a.text}</li>)}</ul>}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Reflections</h3>
        {p.reflections.length === 0 ? <p>No reflections in this range.</p> : (
          <ul>{p.reflections.map((r) => <li><span class="hint">{r.on}, {r.person}:</span> {r.text}</li>)}</ul>
        )}
      </section>

      <section aria-labelledby="contributions">
        <h2 id="contributions">What each partner contributed</h2>
        <table>
          <thead><tr><th scope="col">Partner</th><th scope="col">Role and commitments</th><th scope="col">Assets and in-kind</th></tr></thead>
          <tbody>
            {p.contributions.map((c) => (
              <tr>
                <th scope="row">{c.organization} <span class="hint">({c.kind})</span></th>
                <td>{[c.role, c.commitments].filter((part) => part !== "").join(": ") || "-"}</td>
                <td>{c.assets.length === 0 ? "none recorded" : <ul>{c.assets.map((a) => <li>{a.kind}: {a.description}{a.quantity === null ? "" : ` (${formatNumber(a.quantity)})`}</li>)}</ul>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p class="hint">Aggregates and partner notes only: the bot stores no student personal data.</p>
    </Layout>
  );
}
