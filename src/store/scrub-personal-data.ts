/** What names a person: the names they were known by and their platform user ids. */
export interface PersonalData {
  names: readonly string[];
  userIds: readonly string[];
}

/** What a forgotten person is called wherever their check-ins and answers still count. */
export const FORGOTTEN_PERSON_NAME = "a former liaison";
/** What stands where a forgotten person's user id was. */
export const ERASED_ID = "(erased)";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word matches only, ignoring case, so "Al" does not take a bite out of "Always". */
function wordPattern(words: readonly string[]): RegExp | null {
  const wanted = [...new Set(words.map((word) => word.trim()).filter((word) => word !== ""))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${wanted.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}_])`, "giu");
}

/** Replaces a person's names and user ids in one piece of text. */
export function scrubText(text: string, data: PersonalData): string {
  const ids = wordPattern(data.userIds);
  const names = wordPattern(data.names);
  let scrubbed = ids === null ? text : text.replace(ids, ERASED_ID);
  if (names !== null) scrubbed = scrubbed.replace(names, FORGOTTEN_PERSON_NAME);
  return scrubbed;
}

function scrubValue(value: unknown, data: PersonalData): unknown {
  if (typeof value === "string") return scrubText(value, data);
  // A list that holds a bare user id is a list of people (a prompt's mentions): they leave it.
  if (Array.isArray(value)) return value.filter((item) => !(typeof item === "string" && data.userIds.includes(item))).map((item) => scrubValue(item, data));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, data)]));
  return value;
}

/**
 * Takes a person's names and user ids out of stored JSON (an audit entry's before/after, an outbox
 * payload), keeping its shape; text that is not JSON is scrubbed as text.
 */
export function scrubStoredJson(stored: string, data: PersonalData): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return scrubText(stored, data);
  }
  return JSON.stringify(scrubValue(parsed, data));
}
