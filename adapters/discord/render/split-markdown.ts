import { splitText } from "../../../src/ui/split-text.js";

/** Never between a backslash and the character it escapes. */
function keepEscape(text: string, cut: number): number {
  let backslashes = 0;
  while (cut - 1 - backslashes >= 0 && text[cut - 1 - backslashes] === "\\") backslashes += 1;
  return backslashes % 2 === 1 ? cut - 1 : cut;
}

/** Discord markdown split to a limit, backslash escapes kept whole. */
export function splitMarkdown(text: string, limit: number): string[] {
  return splitText(text, limit, keepEscape);
}
