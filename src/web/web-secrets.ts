import { createHash, randomBytes } from "node:crypto";

export const SIGN_IN_LINK_MINUTES = 10;
export const SESSION_HOURS = 12;

/** 32 random bytes, base64url: a sign-in token, a session id or a CSRF token. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** What the store keeps instead of a secret: its SHA-256 (the secret is random, so no salt is needed). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
