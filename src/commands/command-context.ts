import type { Clock } from "../clock.js";
import type { OutboundFetchPolicy } from "../net/outbound-fetch-policy.js";
import type { Store } from "../store/create-store.js";
import type { PersonRecord } from "../store/people-repository.js";
import type { Access } from "./access.js";

/** Who is asking, from where: platform ids are opaque strings only the adapter interprets. */
export interface Actor {
  platform: string;
  workspaceId: string;
  userId: string;
  displayName: string;
  /** The platform says this user administers the workspace (Slack admin/owner, Discord Manage Server). */
  isPlatformAdmin: boolean;
}

export interface Invocation {
  actor: Actor;
  channelId?: string;
}

export interface CommandContext extends Invocation {
  store: Store;
  clock: Clock;
  person: PersonRecord;
  access: Access;
  /** Who the bot may fetch a user-given address from: the public internet, except in tests. */
  outboundFetch: OutboundFetchPolicy;
}
