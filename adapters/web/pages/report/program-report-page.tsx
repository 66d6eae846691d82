import type { Report } from "../../../../src/ui/reports/report.js";
import { formatRate } from "../../../../src/ui/reports/format-report-values.js";
import { Layout, type LayoutProps } from "../layout.js";
import { ChartFigure } from "./chart-figure.js";
import { ReportHeader } from "./report-header.js";

type ProgramReportView = Extract<Report, { kind: "program" }>;

export interface ProgramReportPageProps {
  report: ProgramReportView;
  svgs: string[];
  path: string;
  page: number;
  pageSize: number;
  signedIn: LayoutProps["signedIn"];
}

/** The program's report: totals, two charts, and a row per partnership (paged; the downloads hold every row). */
export function ProgramReportPage({ report, svgs, path, page, pageSize, signedIn }: ProgramReportPageProps) {
  const t = report.totals;
  const pages = Math.max(1, Math.ceil(report.rows.length / pageSize));
  const rows = report.rows.slice((page - 1) * pageSize, page * pageSize);
  const pageLink = (target: number) => `${path}?from=${report.range.from}&to=${report.range.to}&page=${target}`;
  return (
    <Layout title="Program report" signedIn={signedIn}>
      <ReportHeader report={report} path={path} />
      <dl class="summary">
        <div><dt>Partnerships</dt><dd>{t.partnerships}</dd></div>
        <div><dt>Outcomes met</dt><dd>{t.outcomesMet} of {t.outcomes}</dd></div>
        <div><dt>Milestones reached</dt><dd>{t.milestonesReached}</dd></div>
        <div><dt>Response rate</dt><dd>{formatRate(t.responseRate)}</dd></div>
        <div><dt>Survey responses</dt><dd>{t.surveyResponses}</dd></div>
        <div><dt>Assets contributed</dt><dd>{t.assets}</dd></div>
      </dl>
      <section aria-labelledby="charts">
        <h2 id="charts">Participation and outcomes</h2>
        {report.charts.map((chart, index) => (
          <ChartFigure chart={chart} svg={svgs[index]!} />
        ))}
      </section>
      <section aria-labelledby="partnerships">
        <h2 id="partnerships">Partnerships</h2>
        {report.rows.length === 0 ? <p>You see no partnerships here yet.</p> : (
          <table>
            <thead>
              <tr><th scope="col">Partnership</th><th scope="col">Outcomes met</th><th scope="col">Milestones reached</th><th scope="col">Response rate</th><th scope="col">Survey responses</th><th scope="col">Reflections</th><th scope="col">Assets</th></tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row"><a href={`/p/${r.handle}/report?from=${report.range.from}&to=${report.range.to}`}>{r.name}</a> <span class="hint">({r.handle})</span></th>
                  <td>{r.outcomesMet} of {r.outcomes}</td>
                  <td>{r.milestonesReached}</td>
                  <td>{formatRate(r.responseRate)}</td>
                  <td>{r.surveyResponses}</td>
                  <td>{r.reflections}</td>
                  <td>{r.assets}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pages > 1 && (
          <nav class="pager" aria-label="Pages of partnerships">
            <p>Page {page} of {pages} ({report.rows.length} partnerships; the Markdown and CSV downloads hold them all).</p>
            {page > 1 && <a href={pageLink(page - 1)}>Previous page</a>} {page < pages && <a href={pageLink(page + 1)}>Next page</a>}
          </nav>
        )}
      </section>
      <p class="hint">Aggregates and partner notes only: the bot stores no student personal data.</p>
    </Layout>
  );
}
