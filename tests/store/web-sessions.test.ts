import { afterEach, describe, expect, it } from "vitest";
import { createWebAccess } from "../../src/web/create-web-access.js";
import { coordinator, createTestBot, type TestBot } from "../support/test-bot.js";
import { DATABASE_KINDS } from "../support/test-database.js";

describe.each(DATABASE_KINDS)("sign-in links and sessions on %s", (kind) => {
  let testBot: TestBot;
  afterEach(() => testBot?.close());

  it("gives one session when a link is opened twice at once, and stores no secret", async () => {
    testBot = await createTestBot({ kind });
    const access = createWebAccess(testBot.store, testBot.clock);
    await testBot.store.people.resolveActor(coordinator);
    const { token, expiresAt } = await access.createSignInLink(coordinator);
    expect(expiresAt.getTime() - testBot.clock.now().getTime()).toBe(10 * 60_000);
    const outcomes = await Promise.all([access.redeemSignInLink(token), access.redeemSignInLink(token)]);
    expect(outcomes.map((outcome) => (outcome.kind === "signed-in" ? "signed-in" : outcome.reason)).sort()).toEqual(["signed-in", "used"]);
    const session = outcomes.find((outcome) => outcome.kind === "signed-in")!;
    if (session.kind !== "signed-in") throw new Error("unreachable");
    expect(session.session.actor).toMatchObject({ platform: coordinator.platform, userId: coordinator.userId, displayName: coordinator.displayName });
    const links = await testBot.database.db.signInLink.findMany();
    const sessions = await testBot.database.db.webSession.findMany();
    expect(JSON.stringify([links, sessions])).not.toContain(token);
    expect(JSON.stringify([links, sessions])).not.toContain(session.session.id);
    expect(await access.findSession(session.session.id)).toMatchObject({ csrfToken: session.session.csrfToken });
  });

  it("ends a session after 12 hours, or at sign-out", async () => {
    testBot = await createTestBot({ kind });
    const access = createWebAccess(testBot.store, testBot.clock);
    await testBot.store.people.resolveActor(coordinator);
    const redeem = async () => {
      const outcome = await access.redeemSignInLink((await access.createSignInLink(coordinator)).token);
      if (outcome.kind !== "signed-in") throw new Error(outcome.reason);
      return outcome.session.id;
    };
    const first = await redeem();
    testBot.clock.advance(12 * 3_600_000 - 1_000);
    expect(await access.findSession(first)).not.toBeNull();
    testBot.clock.advance(1_000);
    expect(await access.findSession(first)).toBeNull();
    const second = await redeem();
    await access.endSession(second);
    expect(await access.findSession(second)).toBeNull();
  });
});
