import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactiveBody } from "../../adapters/slack/testing/signed-requests.js";
import { blockActionsPayload, slashCommandFields, viewSubmissionPayload } from "../../adapters/slack/testing/slack-payloads.js";
import { formBody } from "../../adapters/slack/testing/signed-requests.js";
import type { Reply, SubmitResult } from "../../src/ui/reply.js";
import { slackAdmin, slackMaria, slackVisitor, startSlackHarness, who, type SlackHarness } from "../support/start-slack-harness.js";
import { expectHandledWell } from "./support/check-end-to-end.js";
import { commandLine } from "./support/command-line-arbitrary.js";
import { createFingerprinter, type DatabaseFingerprint } from "./support/fingerprint-database.js";
import { fuzzParameters } from "./support/fuzz-parameters.js";
import { HOSTILE_NUMBERS, hostileWord } from "./support/hostile-text.js";
import { recordReplies } from "./support/record-replies.js";

const FORM = "application/x-www-form-urlencoded";
const users = fc.constantFrom(slackAdmin, slackMaria, slackVisitor);
const id = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("1", "2", "3", "6", "12") }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) }, { weight: 1, arbitrary: hostileWord() });

/** A signed slash command, block_actions click or view_submission with random fields, as a form body. */
function slackRequest(responseUrl: (name: string) => string) {
  let sequence = 0;
  const command = fc.tuple(users, commandLine, fc.constantFrom("C-GENERAL", "C-ROBOTICS", "D-DM")).map(([user, text, channel]) => ({
    describe: `${user.id} typed /partner ${JSON.stringify(text)} in ${channel}`,
    body: formBody(slashCommandFields(who(user), text, responseUrl(`fuzz-${++sequence}`), { channel_id: channel })),
  }));
  // Action ids the bot renders ("partner:<n>:<action>") and ones from an older release (issue 10, hole 17).
  const actionId = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("partner:0:checkin.start", "partner:1:survey.start", "partner:0:no.such.action") }, { weight: 1, arbitrary: fc.constantFrom("old-release-button", "partner:x:checkin.start") });
  const click = fc.tuple(users, actionId, id, fc.boolean()).map(([user, action, value, inMessage]) => ({
    describe: `${user.id} clicked ${action} ${JSON.stringify(value)}`,
    body: interactiveBody(blockActionsPayload(who(user), { actionId: action, value, container: inMessage ? { type: "message", channelId: "C-ROBOTICS", messageTs: "1.2" } : { type: "view", viewId: "V-HOME" }, ...(inMessage ? { responseUrl: responseUrl(`fuzz-${++sequence}`) } : {}) })),
  }));
  const field = fc.constantFrom("status", "highlights", "blockers", "needs", "metric-1", "metric-2", "metric-99999999999999999999", "q-1", "q-2", "x");
  const input = fc.oneof(
    hostileWord().map((value) => ({ value: { type: "plain_text_input", value } })),
    fc.constantFrom("1", "3", "on-track", "at-risk", ...HOSTILE_NUMBERS).map((value) => ({ value: { type: "static_select", selected_option: { text: { type: "plain_text", text: value }, value } } })),
    fc.constantFrom("12", "3.5", ...HOSTILE_NUMBERS).map((value) => ({ value: { type: "number_input", value } })),
    fc.constant({ value: { type: "static_select", selected_option: null } }),
  );
  const metadata = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom("checkin", "survey", "unknown"), fc.oneof(id, fc.tuple(id, id).map(([a, b]) => `${a}:${b}`))).map(([formId, context]) => JSON.stringify({ formId, context, channelId: "C-ROBOTICS" })) },
    { weight: 1, arbitrary: fc.constantFrom("{}", "[]", "null", '{"formId":""}', "x".repeat(3001)) },
  );
  const submission = fc.tuple(users, fc.constantFrom("partner-form", "partner-form", "old-view"), metadata, fc.dictionary(field, input, { maxKeys: 6 })).map(([user, callback, privateMetadata, values]) => ({
    describe: `${user.id} submitted ${callback} ${privateMetadata.slice(0, 200)} ${JSON.stringify(values).slice(0, 400)}`,
    body: interactiveBody(viewSubmissionPayload(who(user), { callback_id: callback, private_metadata: privateMetadata, blocks: Object.keys(values).map((block) => ({ type: "input", block_id: block })) }, values, `V-${++sequence}`)),
  }));
  return fc.oneof({ weight: 3, arbitrary: command }, { weight: 2, arbitrary: click }, { weight: 3, arbitrary: submission });
}

describe("random Slack payloads, signed, into Bolt", () => {
  let slack: SlackHarness;
  let fingerprint: () => Promise<DatabaseFingerprint>;
  const replies: (Reply | SubmitResult)[] = [];
  beforeAll(async () => {
    slack = await startSlackHarness({ wrapCore: (core) => recordReplies(core, replies) });
    for (const user of [slackAdmin, slackMaria, slackVisitor]) await slack.command(user, "help");
    await slack.settle();
    fingerprint = await createFingerprinter(slack.store.db, slack.database.kind);
  });
  afterAll(async () => slack?.close());

  it("acknowledges every request, never apologises or logs an error, and a refusal changes no row", async () => {
    await fc.assert(
      fc.asyncProperty(slackRequest((name) => slack.api.responseUrl(name)), async (request) => {
        const before = await fingerprint();
        const [calls, logs] = [slack.api.calls.length, slack.logs.length];
        replies.length = 0;
        const response = await slack.post(request.body, FORM);
        await slack.settle();
        expect(response.status, `${request.describe}\n${response.text}`).toBe(200);
        expectHandledWell(request.describe, {
          sent: [response.text, ...slack.api.calls.slice(calls).map((call) => call.params)],
          errorLogs: slack.logs.slice(logs).filter((line) => JSON.parse(line).level >= 50),
          replies,
          before,
          after: await fingerprint(),
        });
      }),
      fuzzParameters("Slack payloads", 80),
    );
  }, 120_000);
});
