import type { Clock } from "../clock.js";
import type { Invocation } from "../ports/actor.js";
import type { PlatformConventions } from "../ports/platform-conventions.js";
import type { OutboundFetchPolicy } from "../net/outbound-fetch-policy.js";
import type { Store } from "../store/create-store.js";
import type { PersonRecord } from "../store/people-repository.js";
import type { Access } from "./access.js";

/** What a handler gets: who is asking, resolved to a person, with their permissions. */
export interface CommandContext extends Invocation {
  store: Store;
  clock: Clock;
  person: PersonRecord;
  access: Access;
  /** How the asking platform names people (mentions; whether a new name makes a person). */
  conventions: PlatformConventions;
  /** Who the bot may fetch a user-given address from: the public internet, except in tests. */
  outboundFetch: OutboundFetchPolicy;
  /** PUBLIC_URL, where the web dashboard is reached; unset in tests that do not need it. */
  publicUrl?: string;
  /** Lines the answer starts with whatever the command says, such as "robotics-tx is now stem-tx". */
  notices: string[];
}
