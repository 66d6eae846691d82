import { pino } from "pino";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { callLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import { numbered, selected, typed } from "../../adapters/slack/testing/slack-payloads.js";
import { slackMaria, startSlackHarness, TEAM, type SlackHarness } from "../support/start-slack-harness.js";
import { buildCheckInPrompt } from "../../src/scheduler/build-scheduled-messages.js";
import { OutboxDispatcher } from "../../src/scheduler/outbox-dispatcher.js";
import { DATABASE_KINDS } from "../support/test-database.js";

// Maria Alvarez, robotics-tx's school liaison, known in Slack as UMARIA, gets this week's check-in
// prompt in a DM, opens the form from its button, gets one answer wrong, then sends it.
describe.each(DATABASE_KINDS)("a check-in from Slack on %s", (kind) => {
  let slack: SlackHarness;
  let robotics: { id: number; name: string; handle: string };
  let round: { id: number; period: string; closesAt: Date };
  let mariaId: number;
  let formView: { callback_id: string; private_metadata: string; blocks: any[] };
  let metricBlockIds: string[];

  beforeAll(async () => {
    slack = await startSlackHarness({ kind });
    const { db } = slack.store;
    robotics = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" }, select: { id: true, name: true, handle: true } });
    round = await db.round.findFirstOrThrow({ where: { partnershipId: robotics.id, status: "open" }, select: { id: true, period: true, closesAt: true } });
    mariaId = (await db.chatIdentity.findFirstOrThrow({ where: { platform: "slack", userId: slackMaria.id } })).personId;
    // The demo has Maria's answer for this week already; she has not answered yet in this story.
    await db.checkInResponse.deleteMany({ where: { roundId: round.id, personId: mariaId } });
  });
  afterAll(async () => slack?.close());
  afterEach(() => {
    expect(callLimitViolations(slack.api.calls)).toEqual([]);
  });

  const mariaResponses = () => slack.store.db.checkInResponse.findMany({ where: { roundId: round.id, personId: mariaId } });
  const checkInAudits = () => slack.store.db.auditEntry.count({ where: { entity: "check-in", actorId: mariaId } });

  describe("the story", () => {
    it("shows the open check-in with a button on Maria's Home tab", async () => {
      const response = await slack.homeOpened(slackMaria, "Ev-home-1");
      expect(response.status).toBe(200);
      const publish = await slack.api.waitFor("views.publish");
      expect(publish.params.user_id).toBe(slackMaria.id);
      expect(publish.params.view.type).toBe("home");
      const text = JSON.stringify(publish.params.view.blocks);
      expect(text).toContain("Middle School Robotics Mentorship (robotics-tx)");
      expect(text).toMatch(/on track|at risk|off track/);
      expect(text).toContain("Open now: answer by");
      const button = publish.params.view.blocks.find((block: any) => block.type === "actions").elements[0];
      expect(button).toMatchObject({ action_id: "partner:0:checkin.start", value: String(robotics.id), text: { text: `Answer the ${round.period} check-in` } });
    });

    it("does not process a retried app_home_opened event twice", async () => {
      const response = await slack.homeOpened(slackMaria, "Ev-home-1", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
      expect(response.status).toBe(200);
      await slack.waitForLog("skipped a Slack event already handled");
      await slack.settle();
      expect(slack.api.callsTo("views.publish")).toHaveLength(1);
      expect(await slack.store.db.processedDelivery.count({ where: { platform: "slack", key: "event:Ev-home-1" } })).toBe(1);
    });

    it("delivers the scheduler's prompt to Maria's DM with a Start check-in button", async () => {
      await slack.store.outbox.enqueue({
        dedupeKey: `checkin:${round.id}:${mariaId}`,
        kind: "checkin",
        partnershipId: robotics.id,
        roundId: round.id,
        personId: mariaId,
        platform: "slack",
        workspaceId: TEAM,
        target: `user:${slackMaria.id}`,
        message: buildCheckInPrompt(robotics, { period: round.period, closesAt: round.closesAt, timezone: "America/Chicago", userId: slackMaria.id, displayName: "Maria Alvarez" }),
        at: slack.clock.now(),
      });
      const dispatcher = new OutboxDispatcher({ outbox: slack.store.outbox, platforms: [slack.adapter.platform], clock: slack.clock, logger: pino({ level: "silent" }), workerId: "test" });
      expect(await dispatcher.drain()).toBe(1);
      expect((await slack.api.waitFor("conversations.open")).params.users).toBe(slackMaria.id);
      const post = await slack.api.waitFor("chat.postMessage", (call) => call.params.channel === `D-${slackMaria.id}`);
      expect(post.params.blocks[0].text.text).toBe(`<@${slackMaria.id}>`);
      expect(JSON.stringify(post.params.blocks)).toContain("Start check-in");
      const prompt = await slack.store.db.prompt.findFirstOrThrow({ where: { roundId: round.id, personId: mariaId } });
      expect(prompt.status).toBe("sent");
      expect(prompt.platformMessageId).toMatch(new RegExp(`^D-${slackMaria.id}:\\d+\\.\\d+$`));
    });

    it("opens the check-in modal from the prompt's button with the click's trigger_id", async () => {
      const prompt = await slack.store.db.prompt.findFirstOrThrow({ where: { roundId: round.id, personId: mariaId } });
      const [channelId, messageTs] = prompt.platformMessageId!.split(":") as [string, string];
      const response = await slack.click(slackMaria, {
        actionId: "partner:0:checkin.start",
        value: String(robotics.id),
        container: { type: "message", channelId, messageTs },
        responseUrl: slack.api.responseUrl("prompt-click"),
        triggerId: "trigger-prompt-click",
      });
      expect(response.status).toBe(200);
      expect(response.text).toBe("");
      const open = await slack.api.waitFor("views.open", (call) => call.params.trigger_id === "trigger-prompt-click");
      formView = open.params.view;
      expect(formView.callback_id).toBe("partner-form");
      expect(JSON.parse(formView.private_metadata)).toEqual({ formId: "checkin", context: `${robotics.id}:${round.id}`, channelId });
      metricBlockIds = formView.blocks.filter((block) => block.element?.type === "number_input").map((block) => block.block_id);
      expect(metricBlockIds.length).toBeGreaterThan(0);
    });

    it("answers invalid values with errors next to their inputs and stores nothing", async () => {
      const auditsBefore = await checkInAudits();
      const response = await slack.submit(slackMaria, formView, { status: selected(null), highlights: typed("Robot arm lifts the cube"), [metricBlockIds[0]!]: numbered("lots") });
      expect(response.status).toBe(200);
      expect(response.json()).toEqual({
        response_action: "errors",
        errors: { status: expect.stringContaining("Pick how the partnership is doing"), [metricBlockIds[0]!]: expect.stringContaining("number") },
      });
      expect(await mariaResponses()).toEqual([]);
      expect(await checkInAudits()).toBe(auditsBefore);
    });

    it("saves a valid check-in, confirms it in the modal, marks the prompt received and refreshes Home", async () => {
      const publishesBefore = slack.api.callsTo("views.publish").length;
      const values = { status: selected("at-risk"), highlights: typed("Robot arm lifts the cube"), blockers: typed("Two mentors away in December"), [metricBlockIds[0]!]: numbered("31") };
      const response = await slack.submit(slackMaria, formView, values);
      expect(response.status).toBe(200);
      const body = response.json();
      expect(body.response_action).toBe("update");
      expect(body.view.type).toBe("modal");
      expect(JSON.stringify(body.view.blocks)).toContain("Check-in saved");

      const [saved] = await mariaResponses();
      expect(saved).toMatchObject({ status: "at-risk", highlights: "Robot arm lifts the cube", blockers: "Two mentors away in December", source: "slack" });
      const reading = await slack.store.db.metricReading.findFirst({ where: { responseId: saved!.id } });
      expect(reading?.value).toBe(31);

      const prompt = await slack.store.db.prompt.findFirstOrThrow({ where: { roundId: round.id, personId: mariaId } });
      const [channel, ts] = prompt.platformMessageId!.split(":");
      const update = await slack.api.waitFor("chat.update");
      expect(update.params).toMatchObject({ channel, ts });
      expect(update.params.blocks.some((block: any) => block.type === "actions")).toBe(false);
      expect(JSON.stringify(update.params.blocks)).toContain("Check-in received");

      await slack.settle();
      const publishes = slack.api.callsTo("views.publish");
      expect(publishes.length).toBe(publishesBefore + 1);
      expect(JSON.stringify(publishes.at(-1)!.params.view.blocks)).not.toContain("Answer the");
    });

    it("saves a submission Slack sends twice only once", async () => {
      const auditsBefore = await checkInAudits();
      const response = await slack.submit(slackMaria, formView, { status: selected("on-track") });
      expect(response.status).toBe(200);
      expect(response.text).toBe("");
      const responses = await mariaResponses();
      expect(responses).toHaveLength(1);
      expect(responses[0]!.status).toBe("at-risk");
      expect(await checkInAudits()).toBe(auditsBefore);
    });

    it("tells Maria the round has closed, in the modal, and changes nothing, when she sends it too late", async () => {
      await slack.store.db.round.update({ where: { id: round.id }, data: { status: "closed" } });
      const before = await mariaResponses();
      const response = await slack.submit(slackMaria, formView, { status: selected("off-track") }, "V-LATE");
      const body = response.json();
      expect(body.response_action).toBe("update");
      expect(body.view.title.text).toBe("Not done");
      expect(JSON.stringify(body.view.blocks)).toContain("round closed, so this check-in was not saved");
      expect(await mariaResponses()).toEqual(before);
      await slack.store.db.round.update({ where: { id: round.id }, data: { status: "open" } });
    });

    it("opens the modal from the Home tab's button, where there is no response_url", async () => {
      const response = await slack.click(slackMaria, { actionId: "partner:0:checkin.start", value: String(robotics.id), container: { type: "view", viewId: "V-HOME" }, triggerId: "trigger-home-click" });
      expect(response.status).toBe(200);
      const open = await slack.api.waitFor("views.open", (call) => call.params.trigger_id === "trigger-home-click");
      // Maria answered already: the form opens with her answer to change it.
      const status = open.params.view.blocks.find((block: any) => block.block_id === "status");
      expect(status.element.initial_option.value).toBe("at-risk");
    });
  });
});
