import type { ReportRange } from "../../ui/reports/report.js";

/** The full report on the web: PUBLIC_URL (which may carry a path) + /p/<handle>/report?from=&to=. */
export function reportUrl(publicUrl: string, handle: string | undefined, range: ReportRange): string {
  const path = handle === undefined ? "report" : `p/${encodeURIComponent(handle)}/report`;
  const url = new URL(path, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`);
  url.searchParams.set("from", range.from);
  url.searchParams.set("to", range.to);
  return url.toString();
}
