import type { ReportRange, ReportTerm } from "../../ui/reports/report.js";

/** The full report on the web: PUBLIC_URL (which may carry a path) + /p/<handle>/report?term= or ?from=&to=. */
export function reportUrl(publicUrl: string, handle: string | undefined, range: ReportRange, term?: ReportTerm | null): string {
  const path = handle === undefined ? "report" : `p/${encodeURIComponent(handle)}/report`;
  const url = new URL(path, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`);
  if (term !== undefined && term !== null) {
    url.searchParams.set("term", term.all ? "all" : term.label);
    return url.toString();
  }
  url.searchParams.set("from", range.from);
  url.searchParams.set("to", range.to);
  return url.toString();
}
