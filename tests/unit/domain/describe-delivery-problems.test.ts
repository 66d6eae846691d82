import { describe, expect, it } from "vitest";
import { describeDeliveryProblems } from "../../../src/domain/describe-delivery-problems.js";

describe("describeDeliveryProblems", () => {
  it("GIVEN failures with platform codes THEN counts them per kind, platform and reason, in words, without ids or raw text", () => {
    const lines = describeDeliveryProblems([
      { platform: "slack", workspaceId: "T1", kind: "checkin", error: "channel_not_found: the channel does not exist or the bot cannot see it" },
      { platform: "slack", workspaceId: "T1", kind: "checkin", error: "channel_not_found: the channel does not exist or the bot cannot see it" },
      { platform: "discord", workspaceId: "G1", kind: "digest", error: "Discord refused (403, code 50013): Missing Permissions on 123456789012345678" },
      { platform: "slack", workspaceId: "T1", kind: "survey", error: "gave up after 8 tries: could not reach Slack for channel:C0123: ECONNRESET" },
      { platform: "slack", workspaceId: "T1", kind: "reminder", error: "something nobody has seen before: U0SECRET" },
    ]);
    expect(lines).toEqual([
      "2 prompts to Slack could not be delivered: the channel was deleted or the bot cannot see it",
      "1 digest to Discord could not be delivered: the bot is not allowed to post there",
      "1 survey invitation to Slack could not be delivered: the platform did not answer after several tries",
      "1 reminder to Slack could not be delivered: the platform refused it",
    ]);
  });

  it("GIVEN a workspace that uninstalled the app THEN says the app was removed there, whether the uninstall or the dispatcher recorded it", () => {
    const lines = describeDeliveryProblems([
      { platform: "slack", workspaceId: "T2", kind: "checkin", error: "app_uninstalled" },
      { platform: "slack", workspaceId: "T2", kind: "checkin", error: "tokens_revoked" },
      { platform: "slack", workspaceId: "T2", kind: "checkin", error: "not_installed: the app has no installation in Slack workspace T2" },
    ]);
    expect(lines).toEqual(["3 prompts to Slack could not be delivered: the app was removed from that workspace"]);
  });
});
