import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PARTNER_COMMAND } from "./listeners/partner-command.listener.js";
import { BOT_SCOPES } from "./oauth/bot-scopes.js";

const folder = import.meta.dirname;
const manifests = {
  socketMode: JSON.parse(readFileSync(path.join(folder, "manifest.json"), "utf8")),
  http: JSON.parse(readFileSync(path.join(folder, "manifest.http.json"), "utf8")),
  oauth: JSON.parse(readFileSync(path.join(folder, "manifest.oauth.json"), "utf8")),
};

// The bot scope each Web API method the adapter calls needs (Slack's method reference).
const SCOPE_OF: Record<string, string> = {
  "auth.test": "",
  "chat.postMessage": "chat:write",
  "chat.update": "chat:write",
  "conversations.open": "im:write",
  "users.info": "users:read",
  "views.open": "",
  "views.publish": "",
  filesUploadV2: "files:write",
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (name === "testing") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [full] : [];
  });
}

function calledMethods(): string[] {
  const methods = new Set<string>();
  for (const file of sourceFiles(folder)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/client\.(\w+)\.(\w+)\(/g)) methods.add(`${match[1]}.${match[2]}`);
    if (text.includes("filesUploadV2(")) methods.add("filesUploadV2");
  }
  return [...methods].sort();
}

describe("the Slack app manifests", () => {
  it.each(Object.entries(manifests))("%s: declares /partner with escaped mentions, interactivity, the Home tab and app_home_opened", (_name, manifest) => {
    expect(manifest.features.slash_commands).toEqual([expect.objectContaining({ command: PARTNER_COMMAND, should_escape: true })]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toContain("app_home_opened");
    expect(manifest.oauth_config.scopes.bot).toContain("commands");
  });

  it("grants a scope for every Web API method the adapter calls", () => {
    const methods = calledMethods();
    expect(methods).toContain("chat.postMessage");
    for (const method of methods) {
      expect(SCOPE_OF, `no scope listed for ${method}`).toHaveProperty([method]);
      const scope = SCOPE_OF[method]!;
      if (scope !== "") expect(manifests.socketMode.oauth_config.scopes.bot, method).toContain(scope);
    }
    expect(manifests.http.oauth_config.scopes).toEqual(manifests.socketMode.oauth_config.scopes);
    expect(manifests.oauth.oauth_config.scopes).toEqual(manifests.socketMode.oauth_config.scopes);
    expect(BOT_SCOPES).toEqual(manifests.socketMode.oauth_config.scopes.bot);
  });

  it("the OAuth manifest sends installs back to /slack/oauth_redirect and subscribes to uninstalls", () => {
    expect(manifests.oauth.oauth_config.redirect_urls).toEqual([expect.stringMatching(/^https:\/\/.+\/slack\/oauth_redirect$/)]);
    expect(manifests.oauth.settings.event_subscriptions.bot_events).toEqual(["app_home_opened", "app_uninstalled", "tokens_revoked"]);
    expect(manifests.oauth.settings.socket_mode_enabled).toBe(false);
    expect(manifests.socketMode.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifests.http.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
  });

  it("socket mode needs no public URL; the HTTP manifest sends everything to POST /slack/events", () => {
    expect(manifests.socketMode.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(manifests.socketMode)).not.toContain("request_url");
    expect(manifests.http.settings.socket_mode_enabled).toBe(false);
    const urls = [manifests.http, manifests.oauth].flatMap((manifest) => [manifest.features.slash_commands[0].url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]);
    for (const url of urls) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
  });
});
