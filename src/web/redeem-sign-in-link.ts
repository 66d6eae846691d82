import type { Clock } from "../clock.js";
import type { SignInOutcome } from "../ports/web-access.js";
import type { WebSessionsRepository } from "../store/web-sessions-repository.js";
import { hashSecret, newSecret, SESSION_HOURS } from "./web-secrets.js";

/** Uses a sign-in token once and starts a 12-hour session as the identity that asked for the link. */
export async function redeemSignInLink(repository: WebSessionsRepository, clock: Clock, token: string): Promise<SignInOutcome> {
  const now = clock.now();
  const sessionId = newSecret();
  const session = { idHash: hashSecret(sessionId), csrfToken: newSecret(), expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000) };
  const result = await repository.redeemSignInLink(hashSecret(token), now, session);
  if (result.kind !== "redeemed") return { kind: "refused", reason: result.kind };
  return { kind: "signed-in", session: { id: sessionId, ...result.session } };
}
