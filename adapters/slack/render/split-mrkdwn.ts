import { splitText } from "../../../src/ui/split-text.js";

/** Never between "&" and ";" of an escaped entity such as "&amp;" (the longest Slack escapes is 5). */
function keepEntity(text: string, cut: number): number {
  const ampersand = text.lastIndexOf("&", cut - 1);
  return ampersand > 0 && ampersand > cut - 6 && !text.slice(ampersand, cut).includes(";") ? ampersand : cut;
}

/** Slack mrkdwn split to a limit, escaped entities kept whole. */
export function splitMrkdwn(text: string, limit: number): string[] {
  return splitText(text, limit, keepEntity);
}

/** Slack mrkdwn cut to at most `limit` characters with an ellipsis, never inside an escaped entity. */
export function clipMrkdwn(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, keepEntity(text, limit - 1))}…`;
}
