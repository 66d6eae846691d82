import type { Actor, Identity } from "../ports/actor.js";
import type { Database } from "./create-database.js";
import type { Workspace } from "./partnerships-repository.js";
import { personNameOf, selectPersonName } from "./person-name.js";
import { PREPARED } from "./prepared-statements.js";

export interface PersonRecord {
  id: number;
  displayName: string;
}

export class PeopleRepository {
  constructor(private readonly db: Database) {}

  /** The person behind a chat identity, created on first sight; keeps the display name fresh. */
  async resolveActor(actor: Pick<Actor, "platform" | "workspaceId" | "userId" | "displayName" | "isPlatformAdmin">): Promise<PersonRecord> {
    return this.upsertIdentity(actor.platform, actor.workspaceId, actor.userId, actor.displayName, actor.isPlatformAdmin);
  }

  /** The person behind an identity a command named (a mention), created on first sight without touching its admin flag. */
  async resolveIdentity(identity: Identity, displayName?: string): Promise<PersonRecord> {
    return this.upsertIdentity(identity.platform, identity.workspaceId, identity.userId, displayName, undefined);
  }

  /** The person behind an identity, without creating one; null for someone never seen. */
  async findIdentity(identity: Identity): Promise<PersonRecord | null> {
    const found = await this.db.chatIdentity.findUnique({ where: { platform_workspaceId_userId: identity }, include: { person: true } });
    return found === null ? null : { id: found.person.id, displayName: found.person.displayName };
  }

  /** Someone the bot has seen in this workspace, by user id or display name (ignoring case). */
  async findByName(workspace: Workspace, name: string): Promise<PersonRecord | null> {
    const identities = await this.db.chatIdentity.findMany({ where: workspace, include: { person: true } });
    const wanted = name.toLowerCase();
    const match = identities.find(
      (identity) => identity.userId.toLowerCase() === wanted || (identity.displayName ?? identity.person.displayName).toLowerCase() === wanted,
    );
    return match === undefined ? null : { id: match.person.id, displayName: match.displayName || match.person.displayName };
  }

  /** The person's name as `workspace` knows it (their identity's there), else their first-known name. */
  async nameIn(personId: number, workspace: Workspace): Promise<string> {
    const person = await this.db.person.findUniqueOrThrow({ where: { id: personId }, select: selectPersonName(workspace) });
    return personNameOf(person);
  }

  /** Every request starts here: one prepared statement (Prisma's include read the person in a second). */
  private async findIdentityWithPerson(platform: string, workspaceId: string, userId: string) {
    const [row] = await this.db.$queryRaw<{ personId: number | bigint; displayName: string | null; isAdmin: boolean | number | bigint; personName: string }[]>`${PREPARED}
      SELECT i."personId", i."displayName", i."isAdmin", p."displayName" AS "personName" FROM "ChatIdentity" i JOIN "Person" p ON p."id" = i."personId"
      WHERE i."platform" = ${platform} AND i."workspaceId" = ${workspaceId} AND i."userId" = ${userId}`;
    if (row === undefined) return null;
    const personId = Number(row.personId);
    return { personId, displayName: row.displayName, isAdmin: row.isAdmin === true || Number(row.isAdmin) === 1, person: { id: personId, displayName: row.personName } };
  }

  private async upsertIdentity(
    platform: string,
    workspaceId: string,
    userId: string,
    displayName: string | undefined,
    isAdmin: boolean | undefined,
  ): Promise<PersonRecord> {
    const key = { platform_workspaceId_userId: { platform, workspaceId, userId } };
    const existing = await this.findIdentityWithPerson(platform, workspaceId, userId);
    if (existing !== null) {
      // The new name belongs to this identity only: Person.displayName stays the first-known name,
      // so a nickname on one platform does not rename the person everywhere else.
      const renamed = displayName !== undefined && displayName !== "" && displayName !== existing.displayName;
      if (renamed || (isAdmin !== undefined && isAdmin !== existing.isAdmin)) {
        await this.db.chatIdentity.update({ where: key, data: { displayName: renamed ? displayName : existing.displayName, isAdmin: isAdmin ?? existing.isAdmin } });
        // A person first seen as a bare mention was named by their user id: their first real name replaces it.
        if (renamed && existing.person.displayName === userId) await this.db.person.update({ where: { id: existing.personId }, data: { displayName } });
      }
      const name = renamed ? displayName : existing.displayName || existing.person.displayName;
      return { id: existing.person.id, displayName: name };
    }
    const name = displayName || userId;
    try {
      const person = await this.db.person.create({
        data: { displayName: name, identities: { create: { platform, workspaceId, userId, displayName: name, isAdmin: isAdmin ?? false } } },
      });
      return { id: person.id, displayName: person.displayName };
    } catch (error) {
      // Two requests from a new user at once: the other one created the identity first.
      const raced = await this.findIdentityWithPerson(platform, workspaceId, userId);
      if (raced === null) throw error;
      return { id: raced.person.id, displayName: raced.person.displayName };
    }
  }
}
