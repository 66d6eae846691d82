import { ENCRYPTION_KEY_BYTES } from "./encrypt-secret.js";

export const MAKE_A_KEY = `openssl rand -base64 ${ENCRYPTION_KEY_BYTES}`;

/**
 * ENCRYPTION_KEY as bytes: 64 hex characters, or base64 of 32 bytes. Null when it is neither,
 * so the config can say what to do.
 */
export function readEncryptionKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  if (!/^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, trimmed.includes("-") || trimmed.includes("_") ? "base64url" : "base64");
  return bytes.length === ENCRYPTION_KEY_BYTES ? bytes : null;
}
