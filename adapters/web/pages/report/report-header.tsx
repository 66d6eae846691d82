import type { Report } from "../../../../src/ui/reports/report.js";

/** Title, range, the date form (a GET, so no token) and the downloads; only the title and range print. */
export function ReportHeader({ report, path }: { report: Report; path: string }) {
  const term = report.kind === "partnership" ? report.term : null;
  const scope = term === null ? `from=${report.range.from}&to=${report.range.to}` : `term=${encodeURIComponent(term.all ? "all" : term.label)}`;
  const query = (format: string) => `${path}?${scope}&format=${format}`;
  return (
    <>
      <h1>{report.title}</h1>
      <p class="lead">
        {term === null ? "" : term.all ? "All terms, " : `Term ${term.label}, `}
        {term === null ? "From" : "from"} {report.range.from} to {report.range.to}. Made {report.generatedAt.slice(0, 16).replace("T", " ")} UTC.
      </p>
      {term !== null && term.terms.length > 1 ? (
        <nav aria-label="Terms" class="report-actions">
          <p>
            Terms:{" "}
            {[...term.terms, "all"].map((label, index) => (
              <>
                {index > 0 ? " · " : ""}
                <a href={`${path}?term=${encodeURIComponent(label)}`}>{label === "all" ? "all terms" : label}</a>
              </>
            ))}
          </p>
        </nav>
      ) : null}
      <div class="report-actions">
        <form method="get" action={path} class="range-form">
          <div class="field">
            <label for="from">From</label>
            <input type="date" id="from" name="from" value={report.range.from} required />
          </div>
          <div class="field">
            <label for="to">To</label>
            <input type="date" id="to" name="to" value={report.range.to} required />
          </div>
          <button type="submit" class="secondary">Show this range</button>
        </form>
        <p>
          Download: <a href={query("md")}>Markdown</a> · <a href={query("csv")}>CSV</a> · or print this page (Save as PDF) for a document.
        </p>
      </div>
    </>
  );
}
