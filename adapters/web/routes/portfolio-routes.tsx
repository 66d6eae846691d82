import type { Hono } from "hono";
import type { PortfolioRow } from "../../../src/ports/dashboard.js";
import { formatCsv, type CsvCell } from "../../../src/ui/format-csv.js";
import type { WebEnv, WebRoutesContext } from "../create-web-app.js";
import { PortfolioPage } from "../pages/portfolio-page.js";
import { StartPage } from "../pages/start-page.js";
import { readPortfolioQuery } from "./portfolio-query.js";

const CSV_HEADER = ["handle", "name", "status", "program models", "partner kinds", "health", "why", "last check-in", "response rate %", "metric progress", "overdue milestones", "next check-in", "time zone"];

function csvRow(row: PortfolioRow): CsvCell[] {
  return [
    row.handle,
    row.name,
    row.status,
    row.programModels.join("; "),
    row.partnerKinds.join("; "),
    row.health,
    row.reasons.join("; "),
    row.lastCheckInAt?.toISOString() ?? null,
    row.responseRate === null ? null : Math.round(row.responseRate * 100),
    row.metricProgress.map((metric) => `${metric.name}: ${Math.round(metric.progress * 100)}%`).join("; "),
    row.overdueMilestones.map((milestone) => `${milestone.title} (due ${milestone.dueOn})`).join("; "),
    row.nextCheckIn?.at.toISOString() ?? null,
    row.nextCheckIn?.timezone ?? null,
  ];
}

/** `/`: the portfolio when signed in (the start page otherwise); `/portfolio.csv`: the same rows, all pages. */
export function registerPortfolioRoutes(app: Hono<WebEnv>, { dashboard, signedIn }: WebRoutesContext): void {
  app.get("/", async (c) => {
    const session = c.get("session");
    if (session === null) return c.html(<StartPage session={null} />);
    const { params, query } = readPortfolioQuery(c.req.query());
    const view = await dashboard.viewPortfolio({ actor: session.actor }, query);
    return c.html(<PortfolioPage view={view} params={params} signedIn={signedIn(c)!} />);
  });

  app.get("/portfolio.csv", async (c) => {
    const session = c.get("session");
    if (session === null) return c.redirect("/", 303);
    const { query } = readPortfolioQuery(c.req.query());
    const view = await dashboard.viewPortfolio({ actor: session.actor }, { ...query, all: true });
    c.header("Content-Disposition", 'attachment; filename="partnerships.csv"');
    return c.body(formatCsv([CSV_HEADER, ...view.rows.map(csvRow)]), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });
}
