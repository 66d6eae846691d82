import { ORGANIZATION_KINDS, ALL_PARTNERSHIP_STATUSES, PORTFOLIO_SORTS, PROGRAM_MODELS, type PortfolioRow, type PortfolioView } from "../../../src/ports/dashboard.js";
import { HealthTag, healthLabel } from "../components/health-tag.js";
import { portfolioHref, type PortfolioQueryParams } from "../routes/portfolio-query.js";
import { Layout, type LayoutProps } from "./layout.js";

const SORT_LABELS: Record<string, string> = { health: "Health, worst first", name: "Handle", "last-check-in": "Last check-in, newest first", "response-rate": "Response rate, lowest first", "next-check-in": "Next check-in, soonest first" };
const words = (value: string) => value.replace(/-/g, " ");
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

function Choice({ name, label, values, selected, labels }: { name: string; label: string; values: readonly string[]; selected?: string; labels?: Record<string, string> }) {
  return (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        {name !== "sort" && <option value="">Any</option>}
        {values.map((value) => (
          <option value={value} selected={value === selected}>{labels?.[value] ?? words(value)}</option>
        ))}
      </select>
    </div>
  );
}

function Row({ row }: { row: PortfolioRow }) {
  const average = row.metricProgress.length === 0 ? null : row.metricProgress.reduce((sum, metric) => sum + metric.progress, 0) / row.metricProgress.length;
  return (
    <tr>
      <th scope="row"><a href={`/p/${row.handle}`}>{row.name}</a><br /><span class="hint">{row.handle}{row.status === "active" ? "" : `, ${row.status}`}</span></th>
      <td><HealthTag health={row.health} />{row.reasons.length > 0 && <ul class="reasons">{row.reasons.map((reason) => <li>{reason}</li>)}</ul>}</td>
      <td>{row.partnerKinds.map(words).join(", ") || "none yet"}</td>
      <td>{row.lastCheckInAt === null ? "none yet" : row.lastCheckInAt.toISOString().slice(0, 10)}</td>
      <td>{row.responseRate === null ? "no rounds yet" : percent(row.responseRate)}</td>
      <td>{average === null ? "no metrics" : <><meter min={0} max={1} value={average} aria-label={`Average progress of ${row.name}'s metrics`}>{percent(average)}</meter> {percent(average)} of target, {row.metricProgress.length} metrics</>}</td>
      <td>{row.overdueMilestones.length === 0 ? "none" : <ul class="reasons">{row.overdueMilestones.map((milestone) => <li>{milestone.title} ({milestone.daysOverdue} days)</li>)}</ul>}</td>
      <td>{row.nextCheckIn === null ? "not scheduled" : `${row.nextCheckIn.text} (${row.nextCheckIn.timezone})`}</td>
    </tr>
  );
}

export interface PortfolioPageProps {
  view: PortfolioView;
  params: PortfolioQueryParams;
  signedIn: NonNullable<LayoutProps["signedIn"]>;
}

/** The portfolio: counts by health, filters (a GET form: works without JavaScript), the table, pages, CSV. */
export function PortfolioPage({ view, params, signedIn }: PortfolioPageProps) {
  const first = view.matching === 0 ? 0 : (view.page - 1) * view.pageSize + 1;
  const last = Math.min(view.matching, view.page * view.pageSize);
  return (
    <Layout title="Partnership dashboard" signedIn={signedIn} wide>
      <h1>Partnership dashboard</h1>
      <p class="lead">Signed in as {signedIn.displayName}.</p>
      <h2 id="health-counts">Health of {view.total} partnerships</h2>
      <ul class="counts" aria-labelledby="health-counts">
        {(["off-track", "at-risk", "on-track"] as const).map((health) => (
          <li><a href={portfolioHref(params, { health, page: undefined })} aria-current={params.health === health ? "true" : undefined}><span class="count">{view.healthCounts[health]}</span> {healthLabel(health).toLowerCase()}</a></li>
        ))}
      </ul>
      <form method="get" action="/" class="filters">
        <h2>Filter and sort</h2>
        <div class="field">
          <label for="filter-q">Search by name or handle</label>
          <input type="search" id="filter-q" name="q" value={params.q ?? ""} maxlength={100} />
        </div>
        <Choice name="status" label="Status" values={ALL_PARTNERSHIP_STATUSES} selected={params.status} />
        <Choice name="health" label="Health" values={["off-track", "at-risk", "on-track"]} selected={params.health} />
        <Choice name="model" label="Program model" values={PROGRAM_MODELS} selected={params.model} />
        <Choice name="kind" label="Partner kind" values={ORGANIZATION_KINDS} selected={params.kind} />
        <Choice name="sort" label="Sort by" values={PORTFOLIO_SORTS} selected={params.sort ?? "health"} labels={SORT_LABELS} />
        <div class="field checkbox">
          <input type="checkbox" id="filter-mine" name="mine" value="1" checked={params.mine === "1"} />
          <label for="filter-mine">Only partnerships I am a liaison of</label>
        </div>
        <button type="submit">Apply</button> <a href="/">Clear filters</a>
      </form>
      <p><a href={portfolioHref(params, { page: undefined }, "/portfolio.csv")} download>Download these {view.matching} partnerships (CSV)</a></p>
      {view.matching === 0 ? (
        <p class="notice">No partnership matches these filters. <a href="/">Clear filters</a></p>
      ) : (
        <div class="table-scroll">
          <table class="portfolio">
            <caption>Partnerships {first} to {last} of {view.matching}</caption>
            <thead>
              <tr><th scope="col">Partnership</th><th scope="col">Health and why</th><th scope="col">Partner kinds</th><th scope="col">Last check-in</th><th scope="col">Response rate</th><th scope="col">Metric progress</th><th scope="col">Overdue milestones</th><th scope="col">Next check-in</th></tr>
            </thead>
            <tbody>{view.rows.map((row) => <Row row={row} />)}</tbody>
          </table>
        </div>
      )}
      {view.pageCount > 1 && (
        <nav aria-label="Pages" class="pagination">
          {view.page > 1 && <a href={portfolioHref(params, { page: String(view.page - 1) })} rel="prev">Previous page</a>}
          <span>Page {view.page} of {view.pageCount}</span>
          {view.page < view.pageCount && <a href={portfolioHref(params, { page: String(view.page + 1) })} rel="next">Next page</a>}
        </nav>
      )}
    </Layout>
  );
}
