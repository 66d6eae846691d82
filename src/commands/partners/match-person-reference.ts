import type { PlatformConventions } from "../../ports/platform-conventions.js";
import type { NamedPerson } from "../../store/partners-repository.js";

/**
 * The one of `people` a reference names (a mention, a user id, or a display name ignoring case),
 * without creating anyone: for removing someone, a name nobody has must not invent a person.
 */
export function matchPersonReference<Person extends NamedPerson>(reference: string, people: readonly Person[], conventions: PlatformConventions): Person | undefined {
  const trimmed = reference.trim();
  const mention = conventions.readMention(trimmed);
  if (mention !== null) return people.find((person) => person.userIds.includes(mention.userId));
  const wanted = trimmed.replace(/^@/, "").toLowerCase();
  return (
    people.find((person) => person.displayName.toLowerCase() === wanted) ??
    people.find((person) => person.userIds.some((userId) => userId.toLowerCase() === wanted))
  );
}
