import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { DATABASE_KINDS } from "../support/test-database.js";
import type { Actor } from "../../src/ports/actor.js";

const otherWorkspaceAdmin: Actor = { platform: "slack", workspaceId: "T-OTHER", userId: "U-ADMIN", displayName: "Other Admin", isPlatformAdmin: true };

let testBot: TestBot;
afterEach(async () => testBot?.close());

describe.each(DATABASE_KINDS)("tenancy and people on %s", (kind) => {
  it("hides one workspace's partnerships from another", async () => {
    testBot = await createTestBot({ kind });
    const list = await testBot.say("list", otherWorkspaceAdmin);
    expect(plainTextOf(list)).toContain("None yet");
    const status = await testBot.say("status robotics-tx", otherWorkspaceAdmin);
    expect(status.error).toBe("not-found");
    expect(plainTextOf(status)).not.toContain("Middle School Robotics");
  });

  it("lets two workspaces use the same handle independently", async () => {
    testBot = await createTestBot({ kind });
    const created = await testBot.say('new robotics-tx "Robotics in another district"', otherWorkspaceAdmin);
    expect(created.error).toBeUndefined();
    expect((await testBot.say("status robotics-tx", otherWorkspaceAdmin)).heading).toContain("Robotics in another district");
    expect((await testBot.say("status robotics-tx")).heading).toContain("Middle School Robotics Mentorship");
  });

  it("shows a partnership in a workspace where a channel is linked to it", async () => {
    testBot = await createTestBot({ kind });
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    await testBot.store.db.channelLink.create({
      data: { partnershipId: robotics.id, platform: "slack", workspaceId: "T-OTHER", channelId: "C1", purpose: "updates" },
    });
    expect(plainTextOf(await testBot.say("list", otherWorkspaceAdmin))).toContain("robotics-tx");
  });

  it("lets a linked workspace read a partnership but not its admins change it", async () => {
    testBot = await createTestBot({ kind });
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    await testBot.store.db.channelLink.create({
      data: { partnershipId: robotics.id, platform: "slack", workspaceId: "T-OTHER", channelId: "C1", purpose: "updates" },
    });
    expect((await testBot.say("status robotics-tx", otherWorkspaceAdmin)).heading).toContain("Middle School Robotics Mentorship");
    const change = await testBot.say("milestone add robotics-tx 2027-01-15 Winter open lab", otherWorkspaceAdmin);
    expect(change.error).toBe("forbidden");
    expect(await testBot.store.db.milestone.count({ where: { title: "Winter open lab" } })).toBe(0);
  });

  it("creates one person per chat identity even when a new user's requests race", async () => {
    testBot = await createTestBot({ kind });
    const newcomer = { platform: "slack", workspaceId: "T1", userId: "U-NEW", displayName: "Newcomer", isPlatformAdmin: false };
    const people = await Promise.all(Array.from({ length: 5 }, () => testBot.store.people.resolveActor(newcomer)));
    expect(new Set(people.map((person) => person.id)).size).toBe(1);
    expect(await testBot.store.db.chatIdentity.count({ where: { userId: "U-NEW" } })).toBe(1);
  });

  it("keeps a person's display name fresh from their platform", async () => {
    testBot = await createTestBot({ kind });
    const actor = { platform: "discord", workspaceId: "G1", userId: "42", displayName: "ana", isPlatformAdmin: false };
    const first = await testBot.store.people.resolveActor(actor);
    const renamed = await testBot.store.people.resolveActor({ ...actor, displayName: "Ana Lima" });
    expect(renamed).toEqual({ id: first.id, displayName: "Ana Lima" });
  });

  it("resolves a Slack mention to the same person each time, and refuses a name nobody has", async () => {
    testBot = await createTestBot({ kind });
    const admin: Actor = { platform: "slack", workspaceId: "T1", userId: "UADMIN", displayName: "Dana", isPlatformAdmin: true };
    const first = await testBot.say("coordinator add <@U777|ana>", admin);
    expect(first.heading).toContain("ana");
    // The same person again: already a coordinator, not a second identity.
    const again = await testBot.say("coordinator add <@U777>", admin);
    expect(again.error).toBe("conflict");
    expect(await testBot.store.db.chatIdentity.count({ where: { platform: "slack", workspaceId: "T1", userId: "U777" } })).toBe(1);
    const unknown = await testBot.say("coordinator add nobody-known", admin);
    expect(plainTextOf(unknown)).toMatch(/Mention them with @/);
  });
});
