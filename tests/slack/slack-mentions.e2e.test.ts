import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackApiCall } from "../../adapters/slack/testing/fake-slack-api.js";
import { selected } from "../../adapters/slack/testing/slack-payloads.js";
import { slackAdmin, slackMaria, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";

// What a hostile liaison names things: every one of these would ping or link if Slack read it as mrkdwn.
const HOSTILE = "<!channel> <!here> <@UEVIL> <https://evil.example|click>";
const PINGS = ["<!channel>", "<!here>", "<@UEVIL>", "<https://evil"];
const ESCAPED = "&lt;!channel&gt; &lt;!here&gt; &lt;@UEVIL&gt; &lt;https://evil.example|click&gt;";

let slack: SlackHarness;
let scheduler: Scheduler;
beforeAll(async () => {
  slack = await startSlackHarness();
  const { db } = slack.store;
  await db.partnership.updateMany({ where: { handle: "robotics-tx" }, data: { name: `Robotics ${HOSTILE}` } });
  scheduler = new Scheduler({ store: slack.store, platforms: [slack.adapter.platform], clock: slack.clock, logger: pino({ level: "silent" }), workerId: "mentions" });
});
afterAll(async () => slack?.close());

const HOUR = 3_600_000;

/** Every `text` Slack received (posts, updates, response_url answers), with what carried it. */
function fallbackTexts(calls: SlackApiCall[]): { method: string; text: string }[] {
  return calls.filter((call) => typeof call.params.text === "string").map((call) => ({ method: call.method, text: call.params.text as string }));
}

async function partner(user: typeof slackAdmin, text: string): Promise<SlackApiCall[]> {
  const before = slack.api.calls.length;
  await slack.command(user, text);
  await slack.settle();
  return slack.api.calls.slice(before);
}

async function tick(): Promise<SlackApiCall[]> {
  const before = slack.api.calls.length;
  await scheduler.tick();
  return slack.api.calls.slice(before);
}

/** No ping in any text Slack received, and the message about `marker` shows the name, escaped. */
function expectNoPings(calls: SlackApiCall[], where: string, marker: string): void {
  const texts = fallbackTexts(calls);
  expect(texts.length, `${where}: Slack received no message`).toBeGreaterThan(0);
  for (const { method, text } of texts) for (const ping of PINGS) expect(text, `${where} (${method})`).not.toContain(ping);
  expect(texts.some(({ text }) => text.includes(marker) && text.includes(ESCAPED)), `${where}: the name shows, escaped`).toBe(true);
}

describe("a partnership, milestone and survey named to ping the channel", () => {
  it("pings nobody from an in-channel reply or the milestone's celebration", async () => {
    await partner(slackMaria, "milestone add robotics-tx 2026-12-01 Finals");
    await slack.store.db.milestone.updateMany({ where: { title: "Finals" }, data: { title: `Finals ${HOSTILE}` } });
    const reply = await partner(slackMaria, "milestone done robotics-tx Finals");
    expect(reply.some((call) => call.method.startsWith("response/") && call.params.response_type === "in_channel")).toBe(true);
    expectNoPings(reply.filter((call) => call.method.startsWith("response/")), "reply", "Milestone reached");
    expectNoPings(await tick(), "celebration", "Milestone reached");
  });

  it("pings nobody from a survey invitation", async () => {
    const created = await partner(slackMaria, "survey create robotics-tx Pulse");
    expect(created.some((call) => call.method.startsWith("response/"))).toBe(true);
    const survey = await slack.store.db.survey.findFirstOrThrow({ where: { title: "Pulse" } });
    await slack.store.db.survey.update({ where: { id: survey.id }, data: { title: `Pulse ${HOSTILE}` } });
    await partner(slackMaria, `survey question ${survey.id} How useful were the build nights? --kind scale`);
    await partner(slackMaria, `survey send ${survey.id}`);
    expectNoPings(await tick(), "survey invitation", "Pulse");
  });

  it("pings nobody from the week's prompt, its reminder, the answered prompt's update or the digest", async () => {
    await tick();
    // The next Monday 09:00 in Chicago opens a round: prompts go out.
    slack.clock.set(new Date("2026-11-30T15:01:00Z"));
    const prompts = await tick();
    expectNoPings(prompts, "prompt", "Check-in for");

    slack.clock.set(new Date("2026-12-02T15:01:00Z"));
    expectNoPings(await tick(), "reminder", "Reminder");

    // Maria answers from the prompt: it is updated to say so.
    const prompt = prompts.find((call) => call.method === "chat.postMessage" && JSON.stringify(call.params.blocks).includes("checkin.start"))!;
    const button = prompt.params.blocks.find((block: any) => block.type === "actions").elements[0];
    const before = slack.api.calls.length;
    await slack.click(slackMaria, { actionId: button.action_id, value: button.value, container: { type: "message", channelId: prompt.params.channel, messageTs: "1700000000.000001" } });
    await slack.settle();
    const view = slack.api.calls.slice(before).find((call) => call.method === "views.open")!.params.view;
    await slack.submit(slackMaria, view, { status: selected("on-track") });
    await slack.settle();
    const updates = slack.api.calls.slice(before).filter((call) => call.method === "chat.update");
    expectNoPings(updates, "answered prompt", "(answered)");

    slack.clock.set(new Date("2026-12-04T15:01:00Z"));
    expectNoPings(await tick(), "digest", "digest");
  });
});
