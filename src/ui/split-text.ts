/** Where a hard cut (inside a word) must not fall, in one platform's markup. */
export type KeepTogether = (text: string, cut: number) => number;

/**
 * Splits text into pieces of at most `limit` characters, preferring line breaks, then spaces, and
 * never cutting a surrogate pair. Only the line break or space at each split point is dropped;
 * every other character lands in exactly one piece. `keepTogether` moves a cut inside a word back
 * so it never splits what the platform reads as one unit (Slack's `&amp;`, Discord's `\*`).
 */
export function splitText(text: string, limit: number, keepTogether: KeepTogether = (_text, cut) => cut): string[] {
  if (limit < 8) throw new Error(`splitText needs a limit of at least 8, got ${limit}`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const { end, skip } = findCut(rest, limit, keepTogether);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end + skip);
  }
  pieces.push(rest);
  return pieces;
}

function findCut(text: string, limit: number, keepTogether: KeepTogether): { end: number; skip: number } {
  const window = text.slice(0, limit + 1);
  const newline = window.lastIndexOf("\n");
  if (newline >= limit / 2) return { end: newline, skip: 1 };
  const space = window.lastIndexOf(" ");
  if (space >= limit / 2) return { end: space, skip: 1 };
  let end = Math.max(1, keepTogether(text, limit));
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff && end > 1) end -= 1;
  return { end, skip: 0 };
}
