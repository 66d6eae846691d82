import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/** A secret sealed with AES-256-GCM: each part base64. The tag makes any change to the others fail to open. */
export interface SealedSecret {
  ciphertext: string;
  iv: string;
  tag: string;
}

const ALGORITHM = "aes-256-gcm";
/** 96 bits: GCM's recommended nonce size, random per message (a key seals far fewer than 2^32 messages here). */
const IV_BYTES = 12;
export const ENCRYPTION_KEY_BYTES = 32;

export class SecretDecryptionError extends Error {
  override name = "SecretDecryptionError";
}

function checkKey(key: Buffer): void {
  if (key.length !== ENCRYPTION_KEY_BYTES) throw new Error(`an encryption key is ${ENCRYPTION_KEY_BYTES} bytes, not ${key.length}`);
}

/**
 * Seals `plaintext` under `key`. `context` (such as the row it belongs to) is authenticated but not
 * stored, so a sealed value copied into another row does not open there.
 */
export function encryptSecret(key: Buffer, plaintext: string, context: string): SealedSecret {
  checkKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext: ciphertext.toString("base64"), iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64") };
}

/** Opens what encryptSecret sealed; a wrong key, context or any changed byte throws SecretDecryptionError. */
export function decryptSecret(key: Buffer, sealed: SealedSecret, context: string): string {
  checkKey(key);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, "base64"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // Node's own message ("Unsupported state or unable to authenticate data") says nothing useful.
    throw new SecretDecryptionError("a stored secret did not decrypt: ENCRYPTION_KEY is not the key it was saved with, or the row was changed");
  }
}
