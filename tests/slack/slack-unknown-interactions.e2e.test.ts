import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactiveBody } from "../../adapters/slack/testing/signed-requests.js";
import { blockActionsPayload, blockSuggestionPayload, shortcutPayload, typed, viewClosedPayload, viewSubmissionPayload } from "../../adapters/slack/testing/slack-payloads.js";
import { slackMaria, startSlackHarness, who, type SlackHarness } from "../support/start-slack-harness.js";
import { STALE_BUTTON } from "../../src/ui/fixed-answers.js";

// Interactions Slack really sends that this release has no handler for: a button on a message an
// older release posted, a modal it no longer handles, a modal closed with notify_on_close, a
// select asking for options, shortcuts. Unacknowledged, each waits 3 s, shows the person a warning
// and answers 404.
let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

const FORM = "application/x-www-form-urlencoded";
const post = (payload: object) => slack.post(interactiveBody(payload), FORM);

function expectNoUnhandledErrors(): void {
  expect(slack.logs.filter((line) => line.includes("not acknowledged") || line.includes('"level":50'))).toEqual([]);
}

describe("interactions the bot does not handle", () => {
  it("acknowledges a button from an older release at once and says privately that it no longer does anything", async () => {
    const responseUrl = slack.api.responseUrl("old-button");
    const response = await post(blockActionsPayload(who(slackMaria), { actionId: "checkin_start_v1", value: "7", container: { type: "message", channelId: "C-ROBOTICS", messageTs: "1690000000.000100" }, responseUrl }));
    expect(response.status).toBe(200);
    const answer = await slack.api.waitFor("response/old-button");
    expect(answer.params.response_type).toBe("ephemeral");
    expect(JSON.stringify(answer.params.blocks)).toContain("That button no longer does anything");
    expect(answer.params.text).toContain("That button no longer does anything");
    await slack.settle();
    expectNoUnhandledErrors();
  });

  it("answers an old button on the Home tab in a modal, where there is no conversation", async () => {
    const before = slack.api.calls.length;
    const response = await post(blockActionsPayload(who(slackMaria), { actionId: "home_refresh", value: "", container: { type: "view", viewId: "V-HOME" }, triggerId: "trigger-home-old" }));
    expect(response.status).toBe(200);
    await slack.settle();
    const open = slack.api.calls.slice(before).find((call) => call.method === "views.open")!;
    expect(open.params.trigger_id).toBe("trigger-home-old");
    expect(JSON.stringify(open.params.view.blocks)).toContain(STALE_BUTTON.slice(0, 30));
    expectNoUnhandledErrors();
  });

  it("closes a submitted view the bot no longer handles, with an empty 200", async () => {
    const view = { callback_id: "legacy-checkin-modal", private_metadata: "", blocks: [{ type: "input", block_id: "status", label: { type: "plain_text", text: "Status" }, element: { type: "plain_text_input", action_id: "value" } }] };
    const response = await post(viewSubmissionPayload(who(slackMaria), view, { status: typed("fine") }, "V-LEGACY"));
    expect(response.status).toBe(200);
    expect(response.text).toBe("");
    expectNoUnhandledErrors();
  });

  it("acknowledges a modal closed with notify_on_close", async () => {
    for (const callbackId of ["partner-form", "legacy-checkin-modal"]) {
      const response = await post(viewClosedPayload(who(slackMaria), callbackId));
      expect(response.status, callbackId).toBe(200);
    }
    expectNoUnhandledErrors();
  });

  it("answers a select asking for options with none", async () => {
    const response = await post(blockSuggestionPayload(who(slackMaria), "partnership_picker", "rob"));
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ options: [] });
    expectNoUnhandledErrors();
  });

  it("acknowledges a global shortcut and a message shortcut the app no longer offers", async () => {
    const global = await post(shortcutPayload(who(slackMaria), "quick_checkin"));
    const message = await post(shortcutPayload(who(slackMaria), "save_as_reflection", { channelId: "C-ROBOTICS", ts: "1700000000.000500", responseUrl: slack.api.responseUrl("shortcut") }));
    expect([global.status, message.status]).toEqual([200, 200]);
    expectNoUnhandledErrors();
  });

  it("still hands the bot's own buttons to the bot, acknowledged once", async () => {
    const responseUrl = slack.api.responseUrl("own-button");
    const response = await post(blockActionsPayload(who(slackMaria), { actionId: "partner:0:checkin.retired", value: "1", container: { type: "message", channelId: "C-ROBOTICS", messageTs: "1700000000.000600" }, responseUrl }));
    expect(response.status).toBe(200);
    const answer = await slack.api.waitFor("response/own-button");
    expect(JSON.stringify(answer.params.blocks)).toContain("That button no longer does anything");
    await slack.settle();
    expect(slack.api.callsTo("response/own-button")).toHaveLength(1);
    expect(slack.logs.some((line) => line.includes("acknowledged an interaction the bot does not handle") && line.includes("partner:0:"))).toBe(false);
    expectNoUnhandledErrors();
  });
});
