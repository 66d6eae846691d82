import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import { selected, typed } from "../../adapters/slack/testing/slack-payloads.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { slackMaria, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";
import { DATABASE_KINDS } from "../support/test-database.js";

// Maria adds robotics-tx's own question from Slack, answers it in the check-in modal, and the
// round's digest shows her answer.
describe.each(DATABASE_KINDS)("a partnership's own check-in question from Slack on %s", (kind) => {
  let slack: SlackHarness;
  let view: { callback_id: string; private_metadata: string; blocks: any[] };

  beforeAll(async () => {
    slack = await startSlackHarness({ kind });
  });
  afterAll(async () => slack?.close());
  afterEach(() => {
    expect(callLimitViolations(slack.api.calls)).toEqual([]);
  });

  async function partner(text: string) {
    const before = slack.api.calls.length;
    expect((await slack.command(slackMaria, text)).status).toBe(200);
    await slack.settle();
    return slack.api.calls.slice(before);
  }

  it("adds a choice question with /partner question add", async () => {
    const calls = await partner('question add robotics-tx choice Equipment and kits --choices "All working, Some need repair, Parts missing"');
    const answer = calls.find((call) => call.method.startsWith("response/"))!;
    expect(JSON.stringify(answer.params.blocks)).toContain("Question 1 added to robotics-tx");
  });

  it("asks it in the check-in modal as a select after the metrics", async () => {
    const calls = await partner("checkin robotics-tx");
    view = calls.find((call) => call.method === "views.open")!.params.view;
    const inputs = view.blocks.filter((block) => block.type === "input");
    const last = inputs.at(-1);
    expect(last.label.text).toBe("Equipment and kits");
    expect(last.optional).toBe(true);
    expect(last.element.type).toBe("static_select");
    expect(last.element.options.map((option: any) => option.value)).toEqual(["All working", "Some need repair", "Parts missing"]);
    expect(inputs.at(-2).element.type).toBe("number_input");
  });

  it("saves the answer with the check-in, and the digest shows it", async () => {
    const question = view.blocks.filter((block) => block.type === "input").at(-1).block_id as string;
    const response = await slack.submit(slackMaria, view, { status: selected("on-track"), highlights: typed("Arm works"), [question]: selected("Some need repair") });
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.response_action).toBe("update");
    expect(JSON.stringify(body.view.blocks)).toContain("Some need repair");

    const { db } = slack.store;
    const answer = await db.checkInAnswer.findFirstOrThrow({ include: { response: { include: { person: true } } } });
    expect(answer).toMatchObject({ textValue: "Some need repair", numberValue: null, response: { source: "slack", highlights: "Arm works", person: { displayName: "Maria Alvarez" } } });
    const digest = plainTextOf(buildDigest((await slack.store.digests.load(answer.response.roundId!))!, slack.clock.now()).message);
    expect(digest).toContain("Equipment and kits");
    expect(digest).toContain("Maria Alvarez: Some need repair");
  });
});
