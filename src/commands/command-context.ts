import type { Clock } from "../clock.js";
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
  /** PUBLIC_URL, where the web dashboard is reached; unset in tests that do not need it. */
  publicUrl?: string;
}
