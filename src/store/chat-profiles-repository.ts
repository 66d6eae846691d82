import type { Database } from "./create-database.js";

export interface ChatProfile {
  displayName: string | null;
  isAdmin: boolean;
  /** When the platform was last asked (or the identity last changed). */
  checkedAt: Date;
}

/**
 * What the store remembers of a chat identity's platform profile, so adapters ask the platform
 * (Slack users.info) once in a while rather than on every request.
 */
export class ChatProfilesRepository {
  constructor(private readonly db: Database) {}

  async find(platform: string, workspaceId: string, userId: string): Promise<ChatProfile | null> {
    const identity = await this.db.chatIdentity.findUnique({
      where: { platform_workspaceId_userId: { platform, workspaceId, userId } },
      select: { displayName: true, isAdmin: true, updatedAt: true },
    });
    return identity === null ? null : { displayName: identity.displayName, isAdmin: identity.isAdmin, checkedAt: identity.updatedAt };
  }

  /**
   * Stores a fresh profile of a known identity; marks it checked even when nothing changed. The name
   * is the identity's: the person keeps their first-known name elsewhere.
   */
  async save(platform: string, workspaceId: string, userId: string, profile: { displayName: string; isAdmin: boolean }, at: Date): Promise<void> {
    await this.db.chatIdentity.updateMany({ where: { platform, workspaceId, userId }, data: { displayName: profile.displayName, isAdmin: profile.isAdmin, updatedAt: at } });
  }
}
