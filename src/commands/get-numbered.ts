import { getByName } from "../domain/get-by-name.js";
import { UserError } from "../errors.js";

export interface NumberedWords {
  /** "milestone", "asset", "need". */
  noun: string;
  handle: string;
  /** The command that shows the numbers, without /partner: "milestone list robotics-tx". */
  list: string;
}

/**
 * The item a user named in a numbered list: its number ("3" or "#3", counting from 1 in `items`'
 * order), its exact name, or the one name that contains the words.
 */
export function getNumbered<T>(items: readonly T[], reference: string, nameOf: (item: T) => string, words: NumberedWords): T {
  const { noun, handle, list } = words;
  const wanted = reference.trim().replace(/^#/, "");
  if (/^\d+$/.test(wanted)) {
    const item = items[Number(wanted) - 1];
    if (item !== undefined) return item;
    throw new UserError("not-found", `${handle} has no ${noun} #${wanted}. Type /partner ${list} to see the numbers.`);
  }
  return getByName(items, wanted, nameOf, ({ ambiguous }) => {
    if (ambiguous.length === 0) return new UserError("not-found", `No ${noun} of ${handle} matches "${reference}". Type /partner ${list} and use its number.`);
    const candidates = ambiguous.map((item) => `#${items.indexOf(item) + 1} ${nameOf(item)}`).join(", ");
    return new UserError("bad-arguments", `"${reference}" matches more than one ${noun}: ${candidates}. Use its number.`);
  });
}
