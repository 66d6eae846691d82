import { describe, expect, it } from "vitest";
import { readConfig, wantsConsole } from "../../../src/config/read-config.js";

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
