import type { UserError } from "../errors.js";

/** Why what a user typed names no one item, with the items to offer them instead. */
export interface NameMiss<T> {
  /** What the user typed, as they typed it. */
  typed: string;
  /** The items it matches when it matches several; empty when it matches none. */
  ambiguous: readonly T[];
  /** The items to name in the reply: the ambiguous ones, or else every item (none when there are none). */
  suggestions: readonly T[];
}

/**
 * The item a user named: the one whose name equals `typed` ignoring case, else the one name that
 * contains it ("Ridgeline" for "Ridgeline Engineering"). Otherwise throws the UserError that
 * `explainMiss` builds, which says what to type instead.
 */
export function getByName<T>(items: readonly T[], typed: string, nameOf: (item: T) => string, explainMiss: (miss: NameMiss<T>) => UserError): T {
  const wanted = typed.trim().toLowerCase();
  const exact = items.filter((item) => nameOf(item).toLowerCase() === wanted);
  const matches = exact.length > 0 ? exact : items.filter((item) => nameOf(item).toLowerCase().includes(wanted));
  if (matches.length === 1) return matches[0]!;
  throw explainMiss({ typed, ambiguous: matches, suggestions: matches.length > 1 ? matches : items });
}
