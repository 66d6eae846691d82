import type { HistoryView } from "../../../src/ports/history.js";
import { Layout, type LayoutProps } from "./layout.js";

/** A partnership's history: who changed what, newest first, a page at a time. */
export function HistoryPage({ view, signedIn }: { view: HistoryView; signedIn: NonNullable<LayoutProps["signedIn"]> }) {
  const base = `/p/${encodeURIComponent(view.handle)}`;
  const pageHref = (page: number) => (page === 1 ? `${base}/history` : `${base}/history?page=${page}`);
  return (
    <Layout title={`History of ${view.name}`} signedIn={signedIn}>
      <p><a href={base}>Back to {view.name}</a></p>
      <h1>History <span class="hint">of {view.name} ({view.handle})</span></h1>
      <p class="hint">Who changed what, newest first: {view.total} {view.total === 1 ? "change" : "changes"}. Times are in {view.timezone}.</p>
      {view.entries.length === 0 ? (
        <p>{view.page > 1 ? `There is no page ${view.page}.` : "Nothing has changed yet."}</p>
      ) : (
        <table class="history">
          <caption>Changes, page {view.page} of {view.pageCount}</caption>
          <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th></tr></thead>
          <tbody>{view.entries.map((entry) => <tr><td><time datetime={entry.at.toISOString()}>{entry.when}</time></td><td>{entry.who}</td><td>{entry.what}</td></tr>)}</tbody>
        </table>
      )}
      {view.pageCount > 1 && (
        <nav aria-label="Pages" class="pagination">
          {view.page > 1 && <a href={pageHref(Math.min(view.page - 1, view.pageCount))} rel="prev">Newer changes</a>}
          <span>Page {view.page} of {view.pageCount}</span>
          {view.page < view.pageCount && <a href={pageHref(view.page + 1)} rel="next">Older changes</a>}
        </nav>
      )}
    </Layout>
  );
}
