import type { Clock } from "../clock.js";
import type { WebAccess } from "../ports/web-access.js";
import type { Store } from "../store/create-store.js";
import { createSignInLink } from "./create-sign-in-link.js";
import { redeemSignInLink } from "./redeem-sign-in-link.js";
import { hashSecret } from "./web-secrets.js";

/** The core's side of the web adapter's port: sign-in links and sessions over the store. */
export function createWebAccess(store: Store, clock: Clock): WebAccess {
  const repository = store.webSessions;
  return {
    createSignInLink: (actor) => createSignInLink(repository, clock, actor),
    inspectSignInLink: (token) => repository.inspectSignInLink(hashSecret(token), clock.now()),
    redeemSignInLink: (token) => redeemSignInLink(repository, clock, token),
    async findSession(sessionId) {
      const session = await repository.findSession(hashSecret(sessionId), clock.now());
      return session === null ? null : { id: sessionId, ...session };
    },
    endSession: (sessionId) => repository.endSession(hashSecret(sessionId)),
  };
}
