import type { Context, Hono } from "hono";
import type { Core } from "../../../src/ports/core.js";
import type { WebSession } from "../../../src/ports/web-access.js";
import { renderChartSvg } from "../../../src/ui/charts/render-chart-svg.js";
import type { Chart } from "../../../src/ui/reply.js";
import { formatReportCsv } from "../../../src/ui/reports/format-report-csv.js";
import { formatReportMarkdown } from "../../../src/ui/reports/format-report-markdown.js";
import type { Report } from "../../../src/ui/reports/report.js";
import { MessagePage } from "../pages/message-page.js";
import { PartnershipReportPage } from "../pages/report/partnership-report-page.js";
import { ProgramReportPage } from "../pages/report/program-report-page.js";

type Env = { Variables: { session: WebSession | null } };

export interface ReportRoutesOptions {
  reports: Pick<Core, "viewReport">;
}

const PROGRAM_PAGE_SIZE = 100;
const SIGN_IN_LINES = ["Reports show what you see in chat, so they need you signed in. Type /partner dashboard in chat for a link."];

function chartsOf(report: Report): Chart[] {
  return report.kind === "program" ? report.charts : [...report.partnership.outcomes.map((outcome) => outcome.chart), report.partnership.participation.chart];
}

function download(c: Context<Env>, body: string, filename: string, type: string) {
  return c.body(body, 200, { "Content-Type": `${type}; charset=utf-8`, "Content-Disposition": `attachment; filename="${filename}"` });
}

async function answer(c: Context<Env>, reports: ReportRoutesOptions["reports"], handle: string | undefined) {
  const session = c.get("session");
  if (session === null) return c.html(<MessagePage title="Sign in to see reports" lines={SIGN_IN_LINES} />, 401);
  const signedIn = { displayName: session.actor.displayName, csrfToken: session.csrfToken };
  const { from, to, term, format, page } = c.req.query();
  const view = await reports.viewReport({ partnership: handle, from, to, term }, { actor: session.actor });
  if (view.kind === "refused") {
    const notFound = view.code === "not-found";
    const lines = notFound ? ["There is no partnership at this address that you can see. Check the address, or start again from the dashboard."] : [view.message.replaceAll("`", "")];
    return c.html(<MessagePage title={notFound ? "Page not found" : "That range does not work"} lines={lines} signedIn={signedIn} />, notFound ? 404 : 400);
  }
  const { report } = view;
  const scope = report.kind === "partnership" && report.term !== null ? `${report.term.all ? "all-terms" : `term-${report.term.label.replace(/[^A-Za-z0-9-]/g, "-")}`}-` : "";
  const base = `${report.kind === "partnership" ? report.partnership.handle : "program"}-report-${scope}${report.range.from}-to-${report.range.to}`;
  if (format === "md") return download(c, formatReportMarkdown(report), `${base}.md`, "text/markdown");
  if (format === "csv") return download(c, formatReportCsv(report), `${base}.csv`, "text/csv");
  const svgs = await Promise.all(chartsOf(report).map((chart, index) => renderChartSvg(chart, { idPrefix: `chart-${index}` })));
  const path = c.req.path;
  if (report.kind === "partnership") return c.html(<PartnershipReportPage report={report} svgs={svgs} path={path} signedIn={signedIn} />);
  const pageNumber = Math.max(1, Math.min(Math.ceil(report.rows.length / PROGRAM_PAGE_SIZE) || 1, Number.parseInt(page ?? "1", 10) || 1));
  return c.html(<ProgramReportPage report={report} svgs={svgs} path={path} page={pageNumber} pageSize={PROGRAM_PAGE_SIZE} signedIn={signedIn} />);
}

/** Reports: /report (every partnership the person sees) and /p/<handle>/report; ?format=md|csv downloads. */
export function registerReportRoutes(app: Hono<Env>, { reports }: ReportRoutesOptions): void {
  app.get("/report", (c) => answer(c, reports, undefined));
  app.get("/p/:handle/report", (c) => answer(c, reports, c.req.param("handle")));
}
