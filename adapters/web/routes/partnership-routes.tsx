import type { Hono } from "hono";
import { renderChartSvg } from "../../../src/ui/charts/render-chart-svg.js";
import type { WebEnv, WebRoutesContext } from "../create-web-app.js";
import { HistoryPage } from "../pages/history-page.js";
import { PartnershipPage } from "../pages/partnership-page.js";

/** `/p/<handle>`: one partnership, and `/p/<handle>/history?page=N`. Unknown here and another workspace's look the same: 404. */
export function registerPartnershipRoutes(app: Hono<WebEnv>, { dashboard, signedIn }: WebRoutesContext): void {
  app.get("/p/:handle", async (c) => {
    const session = c.get("session");
    if (session === null) return c.redirect("/", 303);
    const view = await dashboard.viewPartnership({ actor: session.actor }, c.req.param("handle"));
    if (view === null) return c.notFound();
    const charts = await Promise.all(view.metrics.map((metric, index) => renderChartSvg(metric.chart, { idPrefix: `metric-${index + 1}-chart` })));
    return c.html(<PartnershipPage view={view} charts={charts} signedIn={signedIn(c)!} />);
  });

  app.get("/p/:handle/history", async (c) => {
    const session = c.get("session");
    if (session === null) return c.redirect("/", 303);
    const page = /^[1-9]\d{0,6}$/.test(c.req.query("page") ?? "1") ? Number(c.req.query("page") ?? "1") : null;
    if (page === null) return c.notFound();
    const view = await dashboard.viewHistory({ actor: session.actor }, c.req.param("handle"), page);
    if (view === null) return c.notFound();
    return c.html(<HistoryPage view={view} signedIn={signedIn(c)!} />, view.entries.length === 0 && page > 1 ? 404 : 200);
  });
}
