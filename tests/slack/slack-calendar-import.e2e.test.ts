import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import { slackMaria, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";

const DISTRICT = readFileSync(new URL("../fixtures/calendars/lincoln-isd-2026-27.ics", import.meta.url), "utf8");

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

const blackoutsOf = async () => (await slack.store.db.blackout.findMany({ where: { source: "calendar" }, orderBy: { startsOn: "asc" } })).map((blackout) => `${blackout.startsOn} ${blackout.reason}`);

describe("calendar import in Slack", () => {
  it("previews a pasted district calendar with an Import button, and pressing it imports the days off only", async () => {
    const before = slack.api.calls.length;
    expect((await slack.command(slackMaria, `calendar import robotics-tx ${DISTRICT}`)).status).toBe(200);
    await slack.settle();
    const [preview] = slack.api.calls.slice(before).filter((call) => call.method.startsWith("response/"));
    expect(preview!.params.response_type).toBe("ephemeral");
    const shown = JSON.stringify(preview!.params.blocks);
    expect(shown).toContain("Preview: Lincoln ISD 2026-27 for Middle School Robotics Mentorship");
    expect(shown).toContain("Book Fair (no closure word in its title)");
    expect(await blackoutsOf()).toEqual([]);

    const button = (preview!.params.blocks as any[]).flatMap((block) => (block.type === "actions" ? block.elements : [])).find((element: any) => /command\.confirm$/.test(element.action_id));
    expect(button.text.text).toBe("Import");
    const clicked = slack.api.calls.length;
    const response = await slack.click(slackMaria, { actionId: button.action_id, value: button.value, container: { type: "message", channelId: "C-GENERAL", messageTs: "1712.0001" }, responseUrl: slack.api.responseUrl("import-click") });
    expect(response.status).toBe(200);
    await slack.settle();
    const answer = slack.api.calls.slice(clicked).find((call) => JSON.stringify(call.params).includes("Imported Lincoln ISD 2026-27"));
    expect(answer, JSON.stringify(slack.api.calls.slice(clicked).map((call) => call.method))).toBeDefined();
    expect(await blackoutsOf()).toEqual(["2026-11-25 No School - Thanksgiving Holiday", "2026-12-21 Winter Break", "2027-01-18 No School", "2027-03-15 Spring Break"]);
    expect(callLimitViolations(slack.api.calls)).toEqual([]);
  });
});
