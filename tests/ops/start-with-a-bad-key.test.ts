import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const folder = mkdtempSync(path.join(tmpdir(), "partnership-bot-key-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `node src/main.ts` (through tsx) with only these settings; resolves with how it ended. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: root, env: { PATH: process.env.PATH ?? "", DATABASE_URL: `file:${folder}/bot.db`, ...env }, timeout: 60_000 }, (_error, _stdout, stderr) =>
      resolve({ code: child.exitCode, stderr }),
    );
  });
}

const OAUTH = { SLACK_CLIENT_ID: "111.222", SLACK_CLIENT_SECRET: "client-secret", SLACK_SIGNING_SECRET: "signing-secret", SLACK_STATE_SECRET: "s".repeat(40), PORT: "0", SCHEDULER: "0" };

describe("starting Slack by OAuth without a usable ENCRYPTION_KEY", () => {
  it("stops before opening anything, saying what the key must be and how to make one", async () => {
    const short = Buffer.alloc(16, 1).toString("base64");
    const { code, stderr } = await start({ ...OAUTH, ENCRYPTION_KEY: short });
    expect(code).toBe(1);
    expect(stderr).toContain("ENCRYPTION_KEY: expected 32 random bytes as base64 (44 characters) or hex (64): make one with openssl rand -base64 32");
    expect(stderr).not.toContain(short);
    expect(existsSync(path.join(folder, "bot.db"))).toBe(false);
  });

  it("stops when the key is missing, and says why it is needed", async () => {
    const { code, stderr } = await start(OAUTH);
    expect(code).toBe(1);
    expect(stderr).toContain("ENCRYPTION_KEY: is required with SLACK_CLIENT_ID (it encrypts each workspace's bot token in the database)");
  });
});
