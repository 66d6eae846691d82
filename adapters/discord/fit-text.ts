/**
 * Shortens a label, title or description that Discord caps (never message text: that is split),
 * at a word boundary when one is near, with an ellipsis.
 */
export function fitText(text: string, limit: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed;
  const room = trimmed.slice(0, limit - 1);
  const space = room.lastIndexOf(" ");
  return `${(space > limit * 0.6 ? room.slice(0, space) : room).trimEnd()}…`;
}
