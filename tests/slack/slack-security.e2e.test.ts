import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formBody, interactiveBody, postSigned } from "../../adapters/slack/testing/signed-requests.js";
import { slashCommandFields } from "../../adapters/slack/testing/slack-payloads.js";
import { BOT_TOKEN, SIGNING_SECRET, slackAdmin, slackVisitor, startSlackHarness, who, type SlackHarness } from "../support/start-slack-harness.js";

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

const FORM = "application/x-www-form-urlencoded";
const SIX_MINUTES = 6 * 60;

/** A command that would change the store: a coordinator creating a partnership. */
function createPartnershipBody(handle: string): string {
  return formBody(slashCommandFields(who(slackAdmin), `new ${handle} "Forged Partnership"`, slack.api.responseUrl(`security-${handle}`)));
}

/** Called once the refused request has its answer: then Bolt has handled it, or never took it. */
async function nothingHappened(handle: string): Promise<void> {
  await slack.settle();
  expect(await slack.store.db.partnership.count({ where: { handle } })).toBe(0);
  expect(slack.api.calls.filter((call) => call.method === `response/security-${handle}`)).toEqual([]);
}

describe("requests Slack did not sign", () => {
  it("rejects a forged signature with 401 and changes nothing", async () => {
    const response = await slack.post(createPartnershipBody("forged"), FORM, { forge: true });
    expect(response.status).toBe(401);
    await nothingHappened("forged");
  });

  it("rejects a request signed with another secret with 401", async () => {
    const response = await postSigned(slack.url, "not-the-signing-secret", createPartnershipBody("other-secret"), FORM);
    expect(response.status).toBe(401);
    await nothingHappened("other-secret");
  });

  it("rejects a correctly signed request older than five minutes with 401", async () => {
    const response = await slack.post(createPartnershipBody("stale"), FORM, { timestamp: Math.floor(Date.now() / 1000) - SIX_MINUTES });
    expect(response.status).toBe(401);
    await nothingHappened("stale");
  });

  it("rejects a request without signature headers with 401", async () => {
    const response = await fetch(slack.url, { method: "POST", headers: { "content-type": FORM }, body: createPartnershipBody("unsigned") });
    expect(response.status).toBe(401);
    await nothingHappened("unsigned");
  });
});

describe("payloads with unexpected shapes", () => {
  it("acknowledges a /partner command without a user, logs it, and goes on serving", async () => {
    const fields = slashCommandFields(who(slackAdmin), "list", slack.api.responseUrl("no-user"));
    delete (fields as Partial<typeof fields>).user_id;
    const response = await slack.post(formBody(fields), FORM);
    expect(response.status).toBe(200);
    expect(await slack.waitForLog("ignored a /partner request with an unexpected shape")).toContain("user_id");
    const next = await slack.command(slackAdmin, "list");
    expect(next.status).toBe(200);
    await slack.settle();
    expect(slack.api.calls.some((call) => call.method === "response/no-user")).toBe(false);
  });

  it("closes a form whose private_metadata is not ours and logs it", async () => {
    const payload = { type: "view_submission", team: { id: "T1" }, user: { id: slackAdmin.id }, view: { id: "V-BAD", callback_id: "partner-form", private_metadata: "{not json", hash: "h", blocks: [], state: { values: {} } } };
    const response = await slack.post(interactiveBody(payload), FORM);
    expect(response.status).toBe(200);
    expect(response.text).toBe("");
    expect(await slack.waitForLog("ignored a form submission with an unexpected shape")).toContain("private_metadata");
  });

  it("answers a body that is not JSON with 400 rather than crashing", async () => {
    const response = await slack.post("{this is not json", "application/json");
    expect(response.status).toBe(400);
    expect((await slack.command(slackAdmin, "help")).status).toBe(200);
  });
});

describe("the HTTP receiver", () => {
  it("answers GET /healthz", async () => {
    const response = await fetch(slack.url.replace("/slack/events", "/healthz"));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok");
  });

  it("answers Slack's url_verification challenge", async () => {
    const response = await slack.post(JSON.stringify({ type: "url_verification", challenge: "challenge-123", token: "legacy" }), "application/json");
    expect(response.json()).toEqual({ challenge: "challenge-123" });
  });

  it("never writes the bot token or the signing secret to the log, even when Slack refuses a call", async () => {
    slack.api.failNext("chat.postMessage", { body: { ok: false, error: "invalid_auth" } });
    await slack.adapter.platform.deliver({ promptId: 999, kind: "digest", partnershipId: null, roundId: null, workspaceId: "T1", target: { kind: "channel", id: "C-ANY" }, message: { message: { kind: "message", visibility: "public", blocks: [{ type: "text", text: "hi" }] }, mentions: [] } }).catch(() => undefined);
    slack.api.handlers.set("users.info", () => ({ status: 500, body: { ok: false, error: "internal_error" } }));
    await slack.command(slackVisitor, "list");
    await slack.settle();
    slack.api.handlers.delete("users.info");
    expect(slack.logs.length).toBeGreaterThan(20);
    const everything = slack.logs.join("\n");
    expect(everything).toContain("users.info failed");
    expect(everything).not.toContain(BOT_TOKEN);
    expect(everything).not.toContain(BOT_TOKEN.slice(5));
    expect(everything).not.toContain(SIGNING_SECRET);
  });
});
