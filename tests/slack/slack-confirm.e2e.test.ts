import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlackUser } from "../../adapters/slack/testing/fake-slack-api.js";
import { slackMaria, slackVisitor, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";

// Maria, robotics-tx's liaison in Slack, deletes a reading typed by mistake: the command answers
// with what will go and a Delete button; pressing it runs the deletion, checked again as the presser.
let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

const enrollmentReadings = async () => {
  const metric = await slack.store.db.metric.findFirstOrThrow({ where: { partnership: { handle: "robotics-tx" }, key: "enrollment" } });
  return slack.store.db.metricReading.findMany({ where: { metricId: metric.id }, orderBy: [{ recordedAt: "asc" }, { id: "asc" }] });
};

async function answerTo(user: FakeSlackUser, text: string) {
  const before = slack.api.calls.length;
  await slack.command(user, text);
  await slack.settle();
  return slack.api.calls.slice(before).find((call) => call.method.startsWith("response/"))!;
}

async function press(user: FakeSlackUser, button: { action_id: string; value: string }, name: string) {
  const responseUrl = slack.api.responseUrl(name);
  const response = await slack.click(user, { actionId: button.action_id, value: button.value, container: { type: "message", channelId: "C-ROBOTICS", messageTs: "1700000000.000900" }, responseUrl });
  expect(response.status).toBe(200);
  await slack.settle();
  return slack.api.waitFor(`response/${name}`);
}

describe("a confirmation in Slack", () => {
  let button: { action_id: string; value: string; text: { text: string } };

  it("answers metric unrecord with what will go and a Delete button, deleting nothing yet", async () => {
    const before = await enrollmentReadings();
    const answer = await answerTo(slackMaria, "metric unrecord robotics-tx enrollment 2");
    expect(answer.params.response_type).toBe("ephemeral");
    const text = JSON.stringify(answer.params.blocks);
    expect(text).toContain("Confirm: Delete a reading of Robotics club enrollment (enrollment)?");
    expect(text).toContain(`the reading #2, `);
    const actions = answer.params.blocks.find((block: any) => block.type === "actions");
    button = actions.elements[0];
    expect(button).toMatchObject({ action_id: expect.stringMatching(/command\.confirm$/), value: "metric unrecord robotics-tx enrollment 2 --yes", text: { text: "Delete" }, style: "danger" });
    expect(await enrollmentReadings()).toEqual(before);
  });

  it("refuses the button pressed by someone who may not change the partnership, and deletes nothing", async () => {
    const before = await enrollmentReadings();
    const answer = await press(slackVisitor, button, "confirm-visitor");
    expect(JSON.stringify(answer.params.blocks)).toMatch(/liaison|coordinator/);
    expect(await enrollmentReadings()).toEqual(before);
  });

  it("deletes the reading when Maria presses Delete, and records who did it", async () => {
    const before = await enrollmentReadings();
    const answer = await press(slackMaria, button, "confirm-maria");
    expect(JSON.stringify(answer.params.blocks)).toContain("Deleted a reading of Robotics club enrollment");
    expect((await enrollmentReadings()).map((reading) => reading.id)).toEqual(before.filter((_, index) => index !== 1).map((reading) => reading.id));
    const maria = await slack.store.db.chatIdentity.findFirstOrThrow({ where: { platform: "slack", userId: slackMaria.id } });
    const audit = await slack.store.db.auditEntry.findFirstOrThrow({ where: { entity: "metric-reading", action: "delete" } });
    expect(audit).toMatchObject({ actorId: maria.personId, entityId: String(before[1]!.id) });
  });
});
