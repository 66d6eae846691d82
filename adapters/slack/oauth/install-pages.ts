import type { ServerResponse } from "node:http";

// Pages a person sees in the browser while installing: served by Bolt's install handlers, with the
// dashboard's rules (no script, nothing loaded from elsewhere, not framed).
const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** /slack/install: what the bot does, and the link to Slack's authorize page (with its one-time state). */
export function renderInstallPage(authorizeUrl: string): string {
  return page(
    "Add the partnership bot to Slack",
    `<p>The bot keeps your workspace's STEM-education partnerships on track: weekly check-ins, surveys, milestones and reports, from <code>/partner</code>.</p>
<p><a href="${escapeHtml(authorizeUrl)}">Add to Slack</a></p>
<p>Slack asks you to pick the workspace and shows what the bot may do there. The link works for 10 minutes, in this browser.</p>`,
  );
}

/** After Slack sent the browser back and the installation was saved. */
export function sendInstalledPage(response: ServerResponse, workspaceName: string): void {
  response.writeHead(200, HEADERS);
  response.end(page("The partnership bot is installed", `<p>It is installed in ${escapeHtml(workspaceName)}. In Slack, type <code>/partner help</code> to begin.</p>`));
}

/** A callback that installed nothing: a stale or foreign state, a refusal, or Slack not answering. */
export function sendInstallFailedPage(response: ServerResponse): void {
  response.writeHead(400, HEADERS);
  response.end(
    page(
      "The installation did not finish",
      `<p>Nothing was installed. Start again from <a href="/slack/install">Add to Slack</a>, in the same browser, within 10 minutes of opening it.</p>`,
    ),
  );
}

export const INSTALL_PAGE_HEADERS = HEADERS;
