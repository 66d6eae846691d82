import type { Hono } from "hono";
import { renderChartSvg } from "../../../src/ui/charts/render-chart-svg.js";
import type { WebEnv, WebRoutesContext } from "../create-web-app.js";
import { PartnershipPage } from "../pages/partnership-page.js";

/** `/p/<handle>`: one partnership. Unknown here and another workspace's look the same: 404. */
export function registerPartnershipRoutes(app: Hono<WebEnv>, { dashboard, signedIn }: WebRoutesContext): void {
  app.get("/p/:handle", async (c) => {
    const session = c.get("session");
    if (session === null) return c.redirect("/", 303);
    const view = await dashboard.viewPartnership({ actor: session.actor }, c.req.param("handle"));
    if (view === null) return c.notFound();
    const charts = await Promise.all(view.metrics.map((metric, index) => renderChartSvg(metric.chart, { idPrefix: `metric-${index + 1}-chart` })));
    return c.html(<PartnershipPage view={view} charts={charts} signedIn={signedIn(c)!} />);
  });
}
