import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlackUser } from "../../adapters/slack/testing/fake-slack-api.js";
import { slackMaria, slackVisitor, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

/** Runs a command and returns what Slack received at its response_url, as one string of blocks. */
async function partner(user: FakeSlackUser, text: string): Promise<{ type: string; blocks: any[]; text: string }> {
  const before = slack.api.calls.length;
  expect((await slack.command(user, text)).status).toBe(200);
  await slack.settle();
  const response = slack.api.calls.slice(before).find((call) => call.method.startsWith("response/"))!;
  return { type: response.params.response_type, blocks: response.params.blocks, text: JSON.stringify(response.params.blocks) };
}

describe("a partnership's lifecycle in Slack", () => {
  it("renames a partnership for the channel; the old handle still answers and says the new one", async () => {
    const renamed = await partner(slackMaria, "rename robotics-tx lincoln-robotics");
    expect(renamed.type).toBe("in_channel");
    expect(renamed.text).toContain("Middle School Robotics Mentorship is now lincoln-robotics");

    const old = await partner(slackVisitor, "status robotics-tx");
    expect(old.type).toBe("ephemeral");
    expect(old.blocks[0].text.text).toMatch(/Robotics Mentorship \(lincoln-robotics\)/);
    expect(old.text).toContain("`robotics-tx` is now `lincoln-robotics`: use the new handle (the old one works until 2027-02-21).");
    expect((await partner(slackVisitor, "status lincoln-robotics")).text).not.toContain("is now");
  });

  it("archives only after the confirmation's button, which runs the line with --yes, and list leaves it out", async () => {
    const asked = await partner(slackMaria, "archive lincoln-robotics");
    expect(asked.text).toContain("Confirm: Archive Middle School Robotics Mentorship (lincoln-robotics)?");
    const actions = asked.blocks.find((block) => block.type === "actions");
    const button = actions.elements.find((element: any) => element.value === "archive lincoln-robotics --yes");
    expect(button).toBeDefined();
    const robotics = () => slack.store.db.partnership.findFirstOrThrow({ where: { handle: "lincoln-robotics" } });
    expect((await robotics()).status).toBe("active");

    const before = slack.api.calls.length;
    const click = await slack.click(slackMaria, { actionId: button.action_id, value: button.value, container: { type: "message", channelId: "C-LIFECYCLE", messageTs: "1700000000.000002" }, responseUrl: slack.api.responseUrl("archive-click") });
    expect(click.status).toBe(200);
    await slack.settle();
    expect(JSON.stringify(slack.api.calls.slice(before).map((call) => call.params))).toContain("is archived");
    expect((await robotics()).status).toBe("archived");
    const list = await partner(slackVisitor, "list");
    expect(list.text).toContain("solar-oh");
    expect(list.text).not.toContain("lincoln-robotics");
  });

  it("refuses a check-in and a metric reading on the archived partnership, saying how to bring it back", async () => {
    const readings = () => slack.store.db.metricReading.count({ where: { metric: { partnership: { handle: "lincoln-robotics" } } } });
    const before = await readings();
    const reading = await partner(slackMaria, "metric record lincoln-robotics enrollment 40");
    expect(reading.type).toBe("ephemeral");
    expect(reading.text).toContain("lincoln-robotics is archived, so it takes no metric readings; nothing was saved. Bring it back first with /partner unarchive lincoln-robotics.");
    const checkin = await partner(slackMaria, "checkin lincoln-robotics");
    expect(checkin.text).toContain("lincoln-robotics is archived, so it takes no check-ins");
    expect(slack.api.calls.filter((call) => call.method === "views.open")).toEqual([]);
    expect(await readings()).toBe(before);
  });
});
