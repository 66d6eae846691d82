import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, SecretDecryptionError, type SealedSecret } from "../../../src/secrets/encrypt-secret.js";
import { readEncryptionKey } from "../../../src/secrets/read-encryption-key.js";

const key = randomBytes(32);
const TOKEN = "xoxb-T1-1111-riverside-bot-token";
const CONTEXT = "team:T1:bot-token";

/** The same sealed value with one byte of one part flipped. */
function tampered(sealed: SealedSecret, part: keyof SealedSecret): SealedSecret {
  const bytes = Buffer.from(sealed[part], "base64");
  bytes[0] = bytes[0]! ^ 0x01;
  return { ...sealed, [part]: bytes.toString("base64") };
}

describe("encryptSecret and decryptSecret (AES-256-GCM)", () => {
  it("opens what it sealed, and never seals the same token to the same bytes twice", () => {
    const first = encryptSecret(key, TOKEN, CONTEXT);
    const second = encryptSecret(key, TOKEN, CONTEXT);
    expect(decryptSecret(key, first, CONTEXT)).toBe(TOKEN);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(JSON.stringify(first)).not.toContain("xoxb");
    expect(Buffer.from(first.iv, "base64")).toHaveLength(12);
    expect(Buffer.from(first.tag, "base64")).toHaveLength(16);
  });

  it.each(["ciphertext", "iv", "tag"] as const)("refuses a value whose %s was changed", (part) => {
    const sealed = encryptSecret(key, TOKEN, CONTEXT);
    expect(() => decryptSecret(key, tampered(sealed, part), CONTEXT)).toThrow(SecretDecryptionError);
  });

  it("refuses to open with another key, and says which setting to check without echoing anything secret", () => {
    const sealed = encryptSecret(key, TOKEN, CONTEXT);
    let error: unknown;
    try {
      decryptSecret(randomBytes(32), sealed, CONTEXT);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SecretDecryptionError);
    expect(String(error)).toContain("ENCRYPTION_KEY");
    expect(String(error)).not.toContain(TOKEN);
  });

  it("refuses a sealed value moved to another row (its context is authenticated)", () => {
    const sealed = encryptSecret(key, TOKEN, CONTEXT);
    expect(() => decryptSecret(key, sealed, "team:T2:bot-token")).toThrow(SecretDecryptionError);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => encryptSecret(randomBytes(16), TOKEN, CONTEXT)).toThrow(/32 bytes/);
  });
});

describe("readEncryptionKey", () => {
  it("reads 32 bytes given as hex or base64", () => {
    const bytes = randomBytes(32);
    expect(readEncryptionKey(bytes.toString("hex"))).toEqual(bytes);
    expect(readEncryptionKey(bytes.toString("base64"))).toEqual(bytes);
    expect(readEncryptionKey(bytes.toString("base64url"))).toEqual(bytes);
  });

  it.each([
    ["16 bytes of base64", randomBytes(16).toString("base64")],
    ["31 bytes of hex", randomBytes(31).toString("hex")],
    ["a passphrase", "correct horse battery staple"],
    ["33 bytes of base64", randomBytes(33).toString("base64")],
  ])("refuses %s", (_case, text) => {
    expect(readEncryptionKey(text)).toBeNull();
  });
});
