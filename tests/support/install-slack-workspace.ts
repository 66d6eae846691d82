// A person installing the app as a browser would: open /slack/install, follow Add to Slack (the
// fake stands in for Slack's authorize page by issuing a code), and come back to /slack/oauth_redirect.
import type { SlackHarness } from "./start-slack-harness.js";

export interface InstallPage {
  status: number;
  html: string;
  headers: Headers;
  /** The Add to Slack link: Slack's authorize page with scope, client_id and state. */
  authorizeUrl: URL;
  /** The state cookie this browser got ("name=value"). */
  cookie: string;
}

function unescapeHtml(text: string): string {
  return text.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, "&");
}

export async function openInstallPage(slack: SlackHarness): Promise<InstallPage> {
  const response = await fetch(`${slack.base}/slack/install`);
  const html = await response.text();
  const href = /<a href="([^"]+)">Add to Slack<\/a>/.exec(html)?.[1];
  if (href === undefined) throw new Error(`no Add to Slack link on the install page: ${html}`);
  const cookie = response.headers.getSetCookie().map((line) => line.split(";")[0]!).find((pair) => pair.startsWith("slack-app-oauth-state=")) ?? "";
  return { status: response.status, html, headers: response.headers, authorizeUrl: new URL(unescapeHtml(href)), cookie };
}

/** Slack sends the browser back with a code; `state` and `cookie` are the install page's unless replaced. */
export async function returnFromSlack(slack: SlackHarness, input: { code: string; state: string; cookie?: string }): Promise<{ status: number; html: string }> {
  const query = new URLSearchParams({ code: input.code, state: input.state });
  const response = await fetch(`${slack.base}/slack/oauth_redirect?${query}`, { headers: input.cookie === undefined ? {} : { cookie: input.cookie } });
  return { status: response.status, html: await response.text() };
}

/** The whole install of the app in `teamId`, from the install page to the page that says it is installed. */
export async function installWorkspace(slack: SlackHarness, teamId: string): Promise<{ status: number; html: string }> {
  const page = await openInstallPage(slack);
  const state = page.authorizeUrl.searchParams.get("state") ?? "";
  return returnFromSlack(slack, { code: slack.api.issueCode(teamId), state, cookie: page.cookie });
}
