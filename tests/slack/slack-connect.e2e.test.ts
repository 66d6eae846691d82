import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlackUser } from "../../adapters/slack/testing/fake-slack-api.js";
import { startSlackHarness, TEAM, type SlackHarness } from "../support/start-slack-harness.js";

// Who counts as a coordinator (a workspace admin or owner) when Slack Connect shares a channel
// with other organisations, and when Slack cannot be asked.
let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());

const HOUR = 3_600_000;

async function createPartnership(user: FakeSlackUser, handle: string): Promise<string> {
  const before = slack.api.calls.length;
  await slack.command(user, `new ${handle} "Club ${handle}"`);
  await slack.settle();
  const answer = slack.api.calls.slice(before).find((call) => call.method.startsWith("response/"))!;
  return JSON.stringify(answer.params.blocks);
}

const created = (handle: string) => slack.store.db.partnership.count({ where: { platform: "slack", workspaceId: TEAM, handle } });

describe("Slack Connect and admin rights", () => {
  it("never makes the admin of another organisation, in a shared channel, a coordinator here", async () => {
    const external: FakeSlackUser = { id: "UEXTADMIN", name: "vic", realName: "Vic External", isAdmin: true, isOwner: true, teamId: "T-PARTNER-CORP" };
    slack.api.addUser(external);
    expect(await createPartnership(external, "ext-club")).toContain("Only a coordinator");
    expect(await created("ext-club")).toBe(0);
    const identity = await slack.store.db.chatIdentity.findFirstOrThrow({ where: { platform: "slack", workspaceId: TEAM, userId: external.id } });
    expect(identity).toMatchObject({ displayName: "Vic External", isAdmin: false });
  });

  it("never makes a stranger from an unconnected organisation a coordinator, whatever users.info says of their team", async () => {
    const stranger: FakeSlackUser = { id: "USTRANGER", name: "x", isAdmin: true, teamId: TEAM, isStranger: true };
    slack.api.addUser(stranger);
    expect(await createPartnership(stranger, "stranger-club")).toContain("Only a coordinator");
    expect(await created("stranger-club")).toBe(0);
  });

  it("still makes this workspace's own admin a coordinator", async () => {
    slack.api.addUser({ id: "UHOMEADMIN", name: "hal", realName: "Hal Home", isAdmin: true, teamId: TEAM });
    expect(await createPartnership({ id: "UHOMEADMIN", name: "hal" }, "home-club")).toContain("Created Club home-club (home-club)");
  });

  it("does not keep a demoted admin a coordinator while users.info fails", async () => {
    const admin: FakeSlackUser = { id: "UDEMOTED", name: "dee", realName: "Dee Demoted", isAdmin: true };
    slack.api.addUser(admin);
    expect(await createPartnership(admin, "before-demotion")).toContain("Created");
    // Demoted in Slack; an hour later the bot asks again and Slack does not answer.
    slack.api.addUser({ ...admin, isAdmin: false });
    slack.clock.advance(2 * HOUR);
    slack.api.handlers.set("users.info", () => ({ status: 500, body: { ok: false, error: "internal_error" } }));
    try {
      expect(await createPartnership(admin, "after-demotion")).toContain("Only a coordinator");
    } finally {
      slack.api.handlers.delete("users.info");
    }
    expect(await created("after-demotion")).toBe(0);
    expect(await slack.waitForLog("users.info failed")).toContain("UDEMOTED");
  });
});
