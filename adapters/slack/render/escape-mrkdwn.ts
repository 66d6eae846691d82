/**
 * Slack mrkdwn treats &, < and > as control characters (links, mentions, <!channel>), so text from
 * people is escaped: a liaison typing "<!channel>" shows those characters and pings nobody.
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
