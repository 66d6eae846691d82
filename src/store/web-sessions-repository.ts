import type { Actor } from "../ports/actor.js";
import type { IdentityKey } from "./connect-codes-repository.js";
import type { Database } from "./create-database.js";

export interface StoredWebSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

export type RedeemResult = { kind: "redeemed"; session: StoredWebSession } | { kind: "unknown" | "used" | "expired" };

type IdentityRow = { platform: string; workspaceId: string; userId: string; displayName: string | null; isAdmin: boolean; person: { displayName: string } };

function actorOf(identity: IdentityRow): Actor {
  const { platform, workspaceId, userId } = identity;
  return { platform, workspaceId, userId, displayName: identity.displayName ?? identity.person.displayName, isPlatformAdmin: identity.isAdmin };
}

/**
 * Sign-in links and web sessions. Callers pass SHA-256 hashes of tokens and session ids, never the
 * secrets themselves: what is stored here opens nothing.
 */
export class WebSessionsRepository {
  constructor(private readonly db: Database) {}

  /** Stores a link for the chat identity (which must exist: the actor was resolved first). */
  async createSignInLink(identity: IdentityKey, tokenHash: string, expiresAt: Date): Promise<void> {
    const { platform, workspaceId, userId } = identity;
    const found = await this.db.chatIdentity.findUniqueOrThrow({ where: { platform_workspaceId_userId: { platform, workspaceId, userId } } });
    await this.db.signInLink.create({ data: { tokenHash, identityId: found.id, expiresAt } });
  }

  /** The link's state without using it. */
  async inspectSignInLink(tokenHash: string, now: Date): Promise<"valid" | "unknown" | "used" | "expired"> {
    const link = await this.db.signInLink.findUnique({ where: { tokenHash } });
    if (link === null) return "unknown";
    if (link.usedAt !== null) return "used";
    return link.expiresAt <= now ? "expired" : "valid";
  }

  /**
   * Marks the link used with a conditional update, so two tabs opening it at once get one session
   * between them, and starts that session.
   */
  async redeemSignInLink(tokenHash: string, now: Date, session: { idHash: string; csrfToken: string; expiresAt: Date }): Promise<RedeemResult> {
    return this.db.$transaction(async (tx) => {
      const claimed = await tx.signInLink.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) {
        const link = await tx.signInLink.findUnique({ where: { tokenHash } });
        return { kind: link === null ? "unknown" : link.usedAt !== null ? "used" : "expired" };
      }
      const link = await tx.signInLink.findUniqueOrThrow({ where: { tokenHash }, include: { identity: { include: { person: true } } } });
      await tx.webSession.create({ data: { idHash: session.idHash, identityId: link.identityId, csrfToken: session.csrfToken, expiresAt: session.expiresAt } });
      return { kind: "redeemed", session: { actor: actorOf(link.identity), csrfToken: session.csrfToken, expiresAt: session.expiresAt } };
    });
  }

  /** The live session with this id hash, or null; an expired one is deleted on sight. */
  async findSession(idHash: string, now: Date): Promise<StoredWebSession | null> {
    const row = await this.db.webSession.findUnique({ where: { idHash }, include: { identity: { include: { person: true } } } });
    if (row === null) return null;
    if (row.expiresAt <= now) {
      await this.db.webSession.deleteMany({ where: { idHash } });
      return null;
    }
    return { actor: actorOf(row.identity), csrfToken: row.csrfToken, expiresAt: row.expiresAt };
  }

  async endSession(idHash: string): Promise<void> {
    await this.db.webSession.deleteMany({ where: { idHash } });
  }

  /** Removes expired sessions and links older than `linksBefore` (used or not). */
  async deleteExpired(now: Date, linksBefore: Date): Promise<void> {
    await this.db.$transaction([this.db.webSession.deleteMany({ where: { expiresAt: { lte: now } } }), this.db.signInLink.deleteMany({ where: { createdAt: { lt: linksBefore } } })]);
  }
}
