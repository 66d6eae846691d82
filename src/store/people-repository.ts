import type { Actor } from "../commands/command-context.js";
import { UserError } from "../errors.js";
import type { Database } from "./create-database.js";

export interface PersonRecord {
  id: number;
  displayName: string;
}

// <@U123>, <@U123|ana> (Slack), <@123> or <@!123> (Discord).
const MENTION = /^<@!?([A-Za-z0-9._-]+)(?:\|([^>]*))?>$/;

export class PeopleRepository {
  constructor(private readonly db: Database) {}

  /** The person behind a chat identity, created on first sight; keeps the display name fresh. */
  async resolveActor(actor: Pick<Actor, "platform" | "workspaceId" | "userId" | "displayName" | "isPlatformAdmin">): Promise<PersonRecord> {
    return this.upsertIdentity(actor.platform, actor.workspaceId, actor.userId, actor.displayName, actor.isPlatformAdmin);
  }

  /**
   * The person a command names: a mention, or the display name of someone the bot has seen in this
   * workspace. The console has no user directory, so there a new name makes a new person.
   */
  async resolveReference(platform: string, workspaceId: string, reference: string): Promise<PersonRecord> {
    const mention = MENTION.exec(reference.trim());
    if (mention !== null) {
      return this.upsertIdentity(platform, workspaceId, mention[1]!, mention[2] || undefined, undefined);
    }
    const name = reference.trim().replace(/^@/, "");
    const identities = await this.db.chatIdentity.findMany({
      where: { platform, workspaceId },
      include: { person: true },
    });
    const wanted = name.toLowerCase();
    const match = identities.find(
      (identity) => identity.userId.toLowerCase() === wanted || (identity.displayName ?? identity.person.displayName).toLowerCase() === wanted,
    );
    if (match !== undefined) return { id: match.person.id, displayName: match.person.displayName };
    if (platform === "console") return this.upsertIdentity(platform, workspaceId, name, name, undefined);
    throw new UserError("not-found", `I don't know "${name}" here yet. Mention them with @ so I can tell who you mean.`);
  }

  private async upsertIdentity(
    platform: string,
    workspaceId: string,
    userId: string,
    displayName: string | undefined,
    isAdmin: boolean | undefined,
  ): Promise<PersonRecord> {
    const key = { platform_workspaceId_userId: { platform, workspaceId, userId } };
    const existing = await this.db.chatIdentity.findUnique({ where: key, include: { person: true } });
    if (existing !== null) {
      const renamed = displayName !== undefined && displayName !== "" && displayName !== existing.person.displayName;
      if (renamed || (isAdmin !== undefined && isAdmin !== existing.isAdmin)) {
        await this.db.chatIdentity.update({ where: key, data: { displayName: displayName ?? existing.displayName, isAdmin: isAdmin ?? existing.isAdmin } });
        if (renamed) await this.db.person.update({ where: { id: existing.personId }, data: { displayName } });
      }
      return { id: existing.person.id, displayName: renamed ? displayName : existing.person.displayName };
    }
    const name = displayName || userId;
    try {
      const person = await this.db.person.create({
        data: { displayName: name, identities: { create: { platform, workspaceId, userId, displayName: name, isAdmin: isAdmin ?? false } } },
      });
      return { id: person.id, displayName: person.displayName };
    } catch (error) {
      // Two requests from a new user at once: the other one created the identity first.
      const raced = await this.db.chatIdentity.findUnique({ where: key, include: { person: true } });
      if (raced === null) throw error;
      return { id: raced.person.id, displayName: raced.person.displayName };
    }
  }
}
