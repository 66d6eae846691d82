import { UserError } from "../../errors.js";
import type { PersonRecord } from "../../store/people-repository.js";
import type { CommandContext } from "../command-context.js";

/**
 * The person a command names: a mention (read by the asking platform's conventions), or the
 * display name of someone the bot has seen in this workspace. Where the platform has no user
 * directory (the console), a new name makes a new person.
 */
export async function resolvePersonReference(context: CommandContext, reference: string): Promise<PersonRecord> {
  const { platform, workspaceId } = context.actor;
  const mention = context.conventions.readMention(reference.trim());
  if (mention !== null) {
    // Someone already known stays as they are: the mention's name hint only names a newcomer, so a
    // command refused after this line has changed nobody.
    const identity = { platform, workspaceId, userId: mention.userId };
    return (await context.store.people.findIdentity(identity)) ?? context.store.people.resolveIdentity(identity, mention.displayName || undefined);
  }
  const name = reference.trim().replace(/^@/, "");
  const known = await context.store.people.findByName({ platform, workspaceId }, name);
  if (known !== null) return known;
  if (context.conventions.unknownNames === "create") return context.store.people.resolveIdentity({ platform, workspaceId, userId: name }, name);
  throw new UserError("not-found", `I don't know "${name}" here yet. Mention them with @ so I can tell who you mean.`);
}

/**
 * The person a command names, only if the bot knows them already: for commands that act on
 * someone who must exist (a liaison marked out of office), so a refusal leaves no new person behind.
 */
export async function findPersonReference(context: CommandContext, reference: string): Promise<PersonRecord | null> {
  const { platform, workspaceId } = context.actor;
  const mention = context.conventions.readMention(reference.trim());
  if (mention !== null) return context.store.people.findIdentity({ platform, workspaceId, userId: mention.userId });
  return context.store.people.findByName({ platform, workspaceId }, reference.trim().replace(/^@/, ""));
}
