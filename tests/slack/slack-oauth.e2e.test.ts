import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlackUser, SlackApiCall } from "../../adapters/slack/testing/fake-slack-api.js";
import { PermanentDeliveryError } from "../../src/ports/delivery.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { MessageBuilder } from "../../src/ui/message-builder.js";
import { installWorkspace, openInstallPage, returnFromSlack } from "../support/install-slack-workspace.js";
import { REDIRECT_URI, slackAdmin, slackMaria, startSlackHarness, WORKSPACES, type SlackHarness } from "../support/start-slack-harness.js";
import { DATABASE_KINDS } from "../support/test-database.js";

// Two school districts install the app from the Add to Slack page: Riverside (T1, where the demo's
// robotics-tx and solar-oh are linked) and Hillview (T2), whose admin starts a partnership of its own.
const hillAdmin: FakeSlackUser = { id: "UHILLADMIN", name: "rosa", realName: "Rosa Lindqvist", isAdmin: true, teamId: "T2" };
const hillTeacher: FakeSlackUser = { id: "UHILLTEACH", name: "omar", realName: "Omar Haddad", teamId: "T2" };
const T1_TOKEN = WORKSPACES.T1.botToken;
const T2_TOKEN = WORKSPACES.T2.botToken;

describe.each(DATABASE_KINDS)("installing in many Slack workspaces by OAuth on %s", (kind) => {
  let slack: SlackHarness;
  let scheduler: Scheduler;

  beforeAll(async () => {
    slack = await startSlackHarness({ kind, oauth: true });
    slack.api.addUser(hillAdmin).addUser(hillTeacher);
    scheduler = new Scheduler({ store: slack.store, platforms: [slack.adapter.platform], clock: slack.clock, logger: pino({ level: "silent" }), workerId: "oauth" });
  });
  afterAll(async () => slack?.close());

  /** `/partner <text>` in a workspace; the answers Slack got for it (response_url calls and posts). */
  async function partner(teamId: string, user: FakeSlackUser, text: string, channelId?: string): Promise<{ status: number; calls: SlackApiCall[]; answer: string }> {
    const before = slack.api.calls.length;
    const response = await slack.commandIn(teamId, user, text, channelId);
    await slack.settle();
    const calls = slack.api.calls.slice(before);
    return { status: response.status, calls, answer: JSON.stringify(calls.filter((call) => call.method.startsWith("response/")).map((call) => call.params)) };
  }

  const installationCount = () => slack.store.db.slackInstallation.count();
  const event = (teamId: string, type: string, extra: object = {}) =>
    JSON.stringify({
      token: "legacy-verification-token",
      team_id: teamId,
      api_app_id: "A-PARTNER",
      event: { type, event_ts: "1700000100.000100", ...extra },
      type: "event_callback",
      event_id: `Ev-${type}-${teamId}-${Math.random().toString(36).slice(2)}`,
      event_time: 1700000100,
      authorizations: [{ enterprise_id: null, team_id: teamId, user_id: WORKSPACES[teamId as "T1" | "T2"].botUserId, is_bot: true, is_enterprise_install: false }],
    });

  it("serves an Add to Slack page whose link asks Slack for the bot's scopes with a one-time state for this browser", async () => {
    const page = await openInstallPage(slack);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.html).toContain("Add the partnership bot to Slack");
    expect(page.authorizeUrl.pathname).toBe("/oauth/v2/authorize");
    expect(page.authorizeUrl.searchParams.get("client_id")).toBe(slack.api.oauthClient.clientId);
    expect(page.authorizeUrl.searchParams.get("redirect_uri")).toBe(REDIRECT_URI);
    expect(page.authorizeUrl.searchParams.get("scope")!.split(",")).toEqual(expect.arrayContaining(["commands", "chat:write", "im:write", "users:read"]));
    expect(page.cookie).toBe(`slack-app-oauth-state=${page.authorizeUrl.searchParams.get("state")}`);
  });

  it("installs nothing from a redirect with a forged state, or with another browser's state", async () => {
    const forged = await returnFromSlack(slack, { code: slack.api.issueCode("T1"), state: "forged-state", cookie: "slack-app-oauth-state=forged-state" });
    expect(forged.status).toBe(400);
    expect(forged.html).toContain("Nothing was installed");
    const page = await openInstallPage(slack);
    const elsewhere = await returnFromSlack(slack, { code: slack.api.issueCode("T1"), state: page.authorizeUrl.searchParams.get("state")! });
    expect(elsewhere.status).toBe(400);
    expect(slack.api.callsTo("oauth.v2.access")).toHaveLength(0);
    expect(await installationCount()).toBe(0);
  });

  it("answers no command from a workspace that has not installed the app", async () => {
    const { calls } = await partner("T1", slackAdmin, "list");
    expect(calls.filter((call) => call.method.startsWith("response/"))).toEqual([]);
    expect(await installationCount()).toBe(0);
  });

  it("installs in two workspaces and keeps each bot token only encrypted", async () => {
    for (const teamId of ["T1", "T2"] as const) {
      const finished = await installWorkspace(slack, teamId);
      expect(finished.status).toBe(200);
      expect(finished.html).toContain(`It is installed in ${WORKSPACES[teamId].name}`);
    }
    const exchanges = slack.api.callsTo("oauth.v2.access");
    expect(exchanges.map((call) => call.params.client_secret)).toEqual([slack.api.oauthClient.clientSecret, slack.api.oauthClient.clientSecret]);
    expect(exchanges.map((call) => call.params.redirect_uri)).toEqual([REDIRECT_URI, REDIRECT_URI]);
    const rows = await slack.store.db.slackInstallation.findMany({ orderBy: { teamId: "asc" } });
    expect(rows.map((row) => [row.teamId, row.botUserId, row.botId, row.installerUserId])).toEqual([
      ["T1", "UBOT1", "BBOT1", "UADMIN"],
      ["T2", "UBOT2", "BBOT2", "UHILLADMIN"],
    ]);
    expect(rows[0]!.scopes.split(",")).toContain("chat:write");
    expect(JSON.stringify(rows)).not.toContain("xoxb-");
  });

  it("runs each workspace's commands with its own token, and each sees only its own partnerships", async () => {
    const created = await partner("T2", hillAdmin, 'new hill-labs "Hillview Lab Partners"');
    expect(created.answer).toContain("Hillview Lab Partners");
    await partner("T2", hillAdmin, 'partner add hill-labs school "Hillview High"');
    const named = await partner("T2", hillAdmin, `liaison add hill-labs "Hillview High" <@${hillTeacher.id}|omar>`);
    expect(named.answer).toContain("omar is now a liaison of Hillview High");

    const hillview = await partner("T2", hillAdmin, "list");
    expect(hillview.answer).toContain("hill-labs");
    expect(hillview.answer).not.toContain("robotics-tx");
    const riverside = await partner("T1", slackAdmin, "list");
    expect(riverside.answer).toContain("robotics-tx");
    expect(riverside.answer).not.toContain("hill-labs");
    const unseen = await partner("T1", slackAdmin, "status hill-labs");
    expect(unseen.answer).not.toContain("Hillview Lab Partners");

    // users.info for each person went to their own workspace with its token.
    const lookups = slack.api.callsTo("users.info");
    expect(lookups.filter((call) => call.params.user === hillAdmin.id).map((call) => call.token)).toContain(T2_TOKEN);
    expect(lookups.filter((call) => call.params.user === slackAdmin.id).map((call) => call.token)).toEqual(expect.arrayContaining([T1_TOKEN]));
    expect(lookups.every((call) => call.token === T1_TOKEN || call.token === T2_TOKEN)).toBe(true);
  });

  it("sends a scheduled check-in prompt with the token of the partnership's workspace", async () => {
    await scheduler.tick(); // places the new partnership's first round (Monday 09:00 by default)
    const partnership = await slack.store.db.partnership.findFirstOrThrow({ where: { handle: "hill-labs" }, include: { schedule: true } });
    slack.clock.set(partnership.schedule!.nextRoundAt!);
    const before = slack.api.calls.length;
    await scheduler.tick();
    const calls = slack.api.calls.slice(before);
    const opened = calls.find((call) => call.method === "conversations.open" && call.params.users === hillTeacher.id);
    expect(opened?.token).toBe(T2_TOKEN);
    const prompt = calls.find((call) => call.method === "chat.postMessage" && call.params.channel === `D-${hillTeacher.id}`);
    expect(prompt?.token).toBe(T2_TOKEN);
    expect(JSON.stringify(prompt?.params.blocks)).toContain("Start check-in");
    // Whatever else went out (Riverside's rounds) went with Riverside's token.
    for (const call of calls.filter((candidate) => candidate.method === "chat.postMessage" && candidate !== prompt)) expect(call.token).toBe(T1_TOKEN);
    const row = await slack.store.db.prompt.findFirstOrThrow({ where: { kind: "checkin", workspaceId: "T2" } });
    expect(row.status).toBe("sent");
  });

  it("fails a delivery to a workspace without an installation for good, without calling Slack", async () => {
    const before = slack.api.calls.length;
    const message = { message: new MessageBuilder("Weekly digest", "public").text("On track.").build(), mentions: [] };
    const delivery = { promptId: 9_001, kind: "digest" as const, partnershipId: null, roundId: null, workspaceId: "T9", target: { kind: "channel" as const, id: "C-NINE" }, message };
    const error = await slack.adapter.platform.deliver(delivery).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect(String(error)).toContain("not_installed");
    expect(slack.api.calls.slice(before)).toEqual([]);
  });

  it("rejects an unsigned or forged uninstall event and keeps the installation", async () => {
    const forged = await slack.post(event("T2", "app_uninstalled"), "application/json", { forge: true });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(slack.url, { method: "POST", headers: { "content-type": "application/json" }, body: event("T2", "app_uninstalled") });
    expect(unsigned.status).toBe(401);
    expect(await installationCount()).toBe(2);
  });

  it("stops a workspace's deliveries when the app is uninstalled there, and says so in status after a reinstall", async () => {
    await partner("T2", hillAdmin, "link hill-labs updates", "C-HILL");
    await partner("T2", hillAdmin, "milestone add hill-labs 2026-12-20 Robot showcase");
    await partner("T2", hillAdmin, "milestone done hill-labs Robot showcase");
    await partner("T1", slackMaria, "milestone add robotics-tx 2026-12-20 Regional finals");
    await partner("T1", slackMaria, "milestone done robotics-tx Regional finals");
    const pendingInHillview = await slack.store.db.prompt.count({ where: { workspaceId: "T2", status: "pending" } });
    expect(pendingInHillview).toBeGreaterThan(0);

    const uninstalled = await slack.post(event("T2", "app_uninstalled"), "application/json");
    expect(uninstalled.status).toBe(200);
    await slack.settle();
    await slack.waitForLog("slack installation removed");
    slack.api.revoke("T2");
    expect(await slack.store.db.slackInstallation.findMany({ select: { teamId: true } })).toEqual([{ teamId: "T1" }]);
    expect(await slack.store.db.prompt.count({ where: { workspaceId: "T2", status: "pending" } })).toBe(0);
    expect(await slack.store.db.prompt.count({ where: { workspaceId: "T2", status: "failed", error: "app_uninstalled" } })).toBe(pendingInHillview);

    const before = slack.api.calls.length;
    await scheduler.tick();
    const calls = slack.api.calls.slice(before);
    expect(calls.filter((call) => call.token === T2_TOKEN)).toEqual([]);
    const celebration = calls.find((call) => call.method === "chat.postMessage" && JSON.stringify(call.params).includes("Regional finals"));
    expect(celebration?.token).toBe(T1_TOKEN);

    // Hillview's commands get no answer while the app is gone; after installing again, status says what was lost.
    expect((await partner("T2", hillAdmin, "status hill-labs")).answer).toBe("[]");
    expect((await installWorkspace(slack, "T2")).status).toBe(200);
    const status = await partner("T2", hillAdmin, "status hill-labs");
    expect(status.answer).toContain("could not be delivered: the app was removed from that workspace");
    expect(status.answer).not.toContain("app_uninstalled");
  });

  it("removes the installation when the bot token is revoked, not when only a user token is", async () => {
    const userOnly = await slack.post(event("T2", "tokens_revoked", { tokens: { oauth: ["UHILLADMIN"] } }), "application/json");
    expect(userOnly.status).toBe(200);
    await slack.settle();
    expect(await slack.store.db.slackInstallation.count({ where: { teamId: "T2" } })).toBe(1);
    const bot = await slack.post(event("T2", "tokens_revoked", { tokens: { bot: ["UBOT2"] } }), "application/json");
    expect(bot.status).toBe(200);
    await slack.settle();
    expect(await slack.store.db.slackInstallation.count({ where: { teamId: "T2" } })).toBe(0);
  });

  it("logs a failed install without the token Slack handed out", async () => {
    slack.api.failNext("auth.test", { body: { ok: false, error: "invalid_auth" } });
    const logsBefore = slack.logs.length;
    const failed = await installWorkspace(slack, "T2");
    expect(failed.status).toBe(400);
    const line = slack.logs.slice(logsBefore).find((entry) => entry.includes("a slack installation did not finish"));
    expect(line).toContain("invalid_auth");
    expect(await slack.store.db.slackInstallation.count({ where: { teamId: "T2" } })).toBe(0);
    for (const entry of slack.logs) expect(entry).not.toMatch(/xoxb-/);
  });
});
