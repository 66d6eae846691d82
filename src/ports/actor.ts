/** Who is asking, from where: platform ids are opaque strings only the adapter interprets. */
export interface Actor {
  platform: string;
  workspaceId: string;
  userId: string;
  displayName: string;
  /** The platform says this user administers the workspace (Slack admin/owner, Discord Manage Server). */
  isPlatformAdmin: boolean;
}

/** One request: the actor and, where there is one, the channel it came from. */
export interface Invocation {
  actor: Actor;
  channelId?: string;
}

/** A chat identity, without what the platform says about it. */
export type Identity = Pick<Actor, "platform" | "workspaceId" | "userId">;

/** What the core remembers of an identity's platform profile, so adapters need not ask every time. */
export interface KnownProfile {
  displayName: string | null;
  isPlatformAdmin: boolean;
  /** When the platform was last asked (or the identity last changed). */
  checkedAt: Date;
}

/** Profile facts an adapter learned from its platform (Slack users.info). */
export interface ProfileFacts {
  displayName: string;
  isPlatformAdmin: boolean;
}
