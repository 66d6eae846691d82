/**
 * Splits text into pieces of at most `limit` characters, preferring line breaks, then spaces, and
 * never cutting a surrogate pair or an escaped entity such as "&amp;". Only the line break or space
 * at each split point is dropped; every other character lands in exactly one piece.
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 8) throw new Error(`splitText needs a limit of at least 8, got ${limit}`);
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const { end, skip } = findCut(rest, limit);
    pieces.push(rest.slice(0, end));
    rest = rest.slice(end + skip);
  }
  pieces.push(rest);
  return pieces;
}

function findCut(text: string, limit: number): { end: number; skip: number } {
  const window = text.slice(0, limit + 1);
  const newline = window.lastIndexOf("\n");
  if (newline >= limit / 2) return { end: newline, skip: 1 };
  const space = window.lastIndexOf(" ");
  if (space >= limit / 2) return { end: space, skip: 1 };
  let end = limit;
  const ampersand = text.lastIndexOf("&", end - 1);
  if (ampersand > 0 && ampersand > end - 6 && !text.slice(ampersand, end).includes(";")) end = ampersand;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { end, skip: 0 };
}
