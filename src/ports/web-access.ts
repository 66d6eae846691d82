import type { Actor } from "./actor.js";

/** A signed-in browser: who it acts as, the token its forms must carry, when it ends. */
export interface WebSession {
  id: string;
  actor: Actor;
  csrfToken: string;
  expiresAt: Date;
}

/** What a sign-in link is now: "valid" until it is used once or its 10 minutes pass. */
export type SignInLinkState = "valid" | "unknown" | "used" | "expired";

export type SignInOutcome = { kind: "signed-in"; session: WebSession } | { kind: "refused"; reason: Exclude<SignInLinkState, "valid"> };

/**
 * What the web adapter needs from the core for sign-in and sessions, and nothing else: the
 * adapter gets this, never the store. Tokens and session ids are opaque strings to it.
 */
export interface WebAccess {
  /** A new one-time sign-in link token for the person behind `actor`. */
  createSignInLink(actor: Actor): Promise<{ token: string; expiresAt: Date }>;
  /** Whether a link could sign in now, without using it (for the page that shows its button). */
  inspectSignInLink(token: string): Promise<SignInLinkState>;
  /** Uses the link, once, and starts a session. */
  redeemSignInLink(token: string): Promise<SignInOutcome>;
  /** The session with this id, or null when there is none or it has expired. */
  findSession(sessionId: string): Promise<WebSession | null>;
  /** Ends the session (sign-out); nothing happens when there is none. */
  endSession(sessionId: string): Promise<void>;
}
