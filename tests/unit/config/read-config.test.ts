import { describe, expect, it } from "vitest";
import { readConfig, slackModeOf, wantsConsole } from "../../../src/config/read-config.js";

describe("readConfig", () => {
  it("defaults to a SQLite file and the console when no chat platform is configured", () => {
    const config = readConfig({});
    expect(config.DATABASE_URL).toBe("file:./data/bot.db");
    expect(wantsConsole(config)).toBe(true);
  });

  it("runs Slack, not the console, when Slack is configured", () => {
    const config = readConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret" });
    expect(wantsConsole(config)).toBe(false);
    expect(wantsConsole(readConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret", CONSOLE: "1" }))).toBe(true);
  });

  it("names the missing signing secret and where to find it", () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: "xoxb-test" })).toThrow(/SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN \(Slack app settings/);
  });

  it("parses coordinators and refuses a malformed entry", () => {
    expect(readConfig({ COORDINATORS: "slack:T1:U2, discord:11:22" }).COORDINATORS).toEqual(["slack:T1:U2", "discord:11:22"]);
    expect(() => readConfig({ COORDINATORS: "slack:T1" })).toThrow(/COORDINATORS: each entry is platform:workspace:user/);
  });

  it("does not echo a token it rejects", () => {
    try {
      readConfig({ SLACK_BOT_TOKEN: "xoxp-secret-user-token", SLACK_SIGNING_SECRET: "s" });
      expect.unreachable("a user token must be refused");
    } catch (error) {
      expect(String(error)).toContain("SLACK_BOT_TOKEN: a bot token starts with xoxb-");
      expect(String(error)).not.toContain("xoxp-secret-user-token");
    }
  });
});

describe("readConfig for installs by OAuth", () => {
  const oauth = {
    SLACK_CLIENT_ID: "111.222",
    SLACK_CLIENT_SECRET: "client-secret",
    SLACK_SIGNING_SECRET: "signing-secret",
    SLACK_STATE_SECRET: "a".repeat(32),
    ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
  };

  it("runs Slack by OAuth with the key as 32 bytes", () => {
    const config = readConfig(oauth);
    expect(slackModeOf(config)).toBe("oauth");
    expect(wantsConsole(config)).toBe(false);
    expect(config.ENCRYPTION_KEY).toEqual(Buffer.alloc(32, 9));
    expect(slackModeOf(readConfig({ SLACK_BOT_TOKEN: "xoxb-test", SLACK_SIGNING_SECRET: "secret" }))).toBe("single-token");
  });

  it("stops at a missing key and says how to make one", () => {
    const { ENCRYPTION_KEY: _key, ...withoutKey } = oauth;
    expect(() => readConfig(withoutKey)).toThrow(/ENCRYPTION_KEY: is required with SLACK_CLIENT_ID .*make one with openssl rand -base64 32/);
  });

  it("stops at a short key without echoing it", () => {
    const short = Buffer.from("sixteen-byte-key").toString("base64");
    try {
      readConfig({ ...oauth, ENCRYPTION_KEY: short });
      expect.unreachable("a 16-byte key must be refused");
    } catch (error) {
      expect(String(error)).toContain("ENCRYPTION_KEY: expected 32 random bytes as base64 (44 characters) or hex (64): make one with openssl rand -base64 32");
      expect(String(error)).not.toContain(short);
    }
  });

  it("names each missing credential, and refuses a single-workspace token or Socket Mode alongside", () => {
    expect(() => readConfig({ SLACK_CLIENT_ID: "111.222" })).toThrow(/SLACK_CLIENT_SECRET: is required[\s\S]*SLACK_SIGNING_SECRET: is required[\s\S]*SLACK_STATE_SECRET: is required/);
    expect(() => readConfig({ ...oauth, SLACK_BOT_TOKEN: "xoxb-test" })).toThrow(/SLACK_BOT_TOKEN: leave it unset with SLACK_CLIENT_ID/);
    expect(() => readConfig({ ...oauth, SLACK_APP_TOKEN: "xapp-test" })).toThrow(/SLACK_APP_TOKEN: leave it unset with SLACK_CLIENT_ID/);
    expect(() => readConfig({ ...oauth, SLACK_STATE_SECRET: "short" })).toThrow(/SLACK_STATE_SECRET: expected at least 32 random characters/);
  });
});
