import type { Clock } from "../clock.js";
import type { Actor } from "../ports/actor.js";
import type { WebSessionsRepository } from "../store/web-sessions-repository.js";
import { hashSecret, newSecret, SESSION_HOURS, SIGN_IN_LINK_MINUTES } from "./web-secrets.js";

/** A one-time sign-in token for the actor's chat identity, valid 10 minutes; only its hash is stored. */
export async function createSignInLink(repository: WebSessionsRepository, clock: Clock, actor: Actor): Promise<{ token: string; expiresAt: Date }> {
  const now = clock.now();
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000);
  // Housekeeping rides along: sessions past their 12 hours and links older than a session.
  await repository.deleteExpired(now, new Date(now.getTime() - SESSION_HOURS * 3_600_000));
  await repository.createSignInLink(actor, hashSecret(token), expiresAt);
  return { token, expiresAt };
}
