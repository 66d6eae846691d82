import type { NamedPerson } from "../../store/partners-repository.js";

// Same mention shapes as PeopleRepository: <@U123>, <@U123|ana> (Slack), <@123> or <@!123> (Discord).
const MENTION = /^<@!?([A-Za-z0-9._-]+)(?:\|[^>]*)?>$/;

/**
 * The one of `people` a reference names (a mention, a user id, or a display name ignoring case),
 * without creating anyone: for removing someone, a name nobody has must not invent a person.
 */
export function matchPersonReference<Person extends NamedPerson>(reference: string, people: readonly Person[]): Person | undefined {
  const trimmed = reference.trim();
  const mention = MENTION.exec(trimmed);
  if (mention !== null) return people.find((person) => person.userIds.includes(mention[1]!));
  const wanted = trimmed.replace(/^@/, "").toLowerCase();
  return (
    people.find((person) => person.displayName.toLowerCase() === wanted) ??
    people.find((person) => person.userIds.some((userId) => userId.toLowerCase() === wanted))
  );
}
