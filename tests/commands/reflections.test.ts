import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function addReflection(author: string, period: string, body: string, createdAt: string, deleted = false): Promise<void> {
  const identity = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: author } });
  const round = await testBot.store.db.round.findFirstOrThrow({ where: { period, partnership: { handle: "robotics-tx" } } });
  await testBot.store.db.reflection.create({
    data: {
      partnershipId: round.partnershipId, roundId: round.id, personId: identity.personId, platform: "discord",
      platformMessageId: `m-${createdAt}`, body, createdAt: new Date(createdAt), deletedAt: deleted ? new Date(createdAt) : null,
    },
  });
}

describe("reflections", () => {
  it("lists stored reflections newest first with author and round, hiding deleted ones", async () => {
    testBot = await createTestBot();
    await addReflection("maria.alvarez", "2026-11-16", "Students explained gear ratios to parents", "2026-11-17T20:00:00Z");
    await addReflection("dev.patel", "2026-11-23", "Mentor turnout dipped", "2026-11-23T16:00:00Z");
    await addReflection("sam.okafor", "2026-11-23", "Oops, wrong thread", "2026-11-23T17:00:00Z", true);
    const list = await testBot.say("reflections robotics-tx", visitor);
    const items = list.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
    expect(items).toEqual([
      "2026-11-23 Dev Patel, round 2026-11-23: Mentor turnout dipped",
      "2026-11-17 Maria Alvarez, round 2026-11-16: Students explained gear ratios to parents",
    ]);
    const round = await testBot.say("reflections robotics-tx --round 2026-11-16", visitor);
    expect(round.blocks.flatMap((block) => (block.type === "list" ? block.items : []))).toEqual([
      "2026-11-17 Maria Alvarez, round 2026-11-16: Students explained gear ratios to parents",
    ]);
  });

  it("names recent rounds when asked for a round that did not happen", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("reflections robotics-tx --round 2026-11-18");
    expect(reply.error).toBe("not-found");
    expect(plainTextOf(reply)).toContain("robotics-tx has no round starting 2026-11-18. Recent rounds: 2026-11-23, 2026-11-16, 2026-11-09, 2026-11-02.");
  });
});

describe("link", () => {
  it("links the current channel once, however often it is typed", async () => {
    testBot = await createTestBot();
    const first = await testBot.say("link robotics-tx updates", maria);
    expect(first.heading).toBe("Linked to Middle School Robotics Mentorship");
    const second = await testBot.say("link robotics-tx updates", maria);
    expect(second.heading).toBe("Already linked to Middle School Robotics Mentorship");
    const links = await testBot.store.db.channelLink.findMany();
    expect(links.map((link) => [link.platform, link.workspaceId, link.channelId, link.purpose])).toEqual([["console", "demo", "C-test", "updates"]]);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "channel-link" } })).toBe(1);
  });

  it("refuses people who cannot change the partnership, a bad purpose, and a command typed outside a channel", async () => {
    testBot = await createTestBot();
    const forbidden = await testBot.say("link robotics-tx updates", visitor);
    expect(forbidden.error).toBe("forbidden");
    const purpose = await testBot.say("link robotics-tx gossip", maria);
    expect(plainTextOf(purpose)).toContain("<purpose>: expected one of updates, reflections");
    const direct = await testBot.bot.runCommandLine("link robotics-tx updates", { actor: maria });
    expect(direct.kind === "message" && direct.error).toBe("unsupported");
    expect(await testBot.store.db.channelLink.count()).toBe(0);
  });

  it("makes a partnership visible in the workspace a liaison links it from, and only that one", async () => {
    testBot = await createTestBot();
    // Maria also uses the district's Slack, where the bot knows her as U-MARIA.
    const mariaIdentity = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: "maria.alvarez" } });
    await testBot.store.db.chatIdentity.create({ data: { personId: mariaIdentity.personId, platform: "slack", workspaceId: "T-DISTRICT", userId: "U-MARIA", displayName: "Maria Alvarez" } });
    const mariaOnSlack: Actor = { platform: "slack", workspaceId: "T-DISTRICT", userId: "U-MARIA", displayName: "Maria Alvarez", isPlatformAdmin: false };
    const slackAdmin: Actor = { platform: "slack", workspaceId: "T-DISTRICT", userId: "U-ADMIN", displayName: "District Admin", isPlatformAdmin: true };
    const inSlack = (line: string, actor: Actor) => testBot.bot.runCommandLine(line, { actor, channelId: "C-ROBOTICS" });

    const before = await inSlack("status robotics-tx", slackAdmin);
    expect(before.kind === "message" && before.error).toBe("not-found");
    const grab = await inSlack("link solar-oh updates", slackAdmin);
    expect(grab.kind === "message" && grab.error).toBe("not-found");

    const linked = await inSlack("link robotics-tx updates", mariaOnSlack);
    expect(linked.kind === "message" && plainTextOf(linked)).toContain("robotics-tx is now visible in this workspace");
    const after = await inSlack("status robotics-tx", slackAdmin);
    expect(after.kind === "message" && after.heading).toBe("Middle School Robotics Mentorship (robotics-tx): at risk");
    const list = await inSlack("list", slackAdmin);
    expect(list.kind === "message" && plainTextOf(list)).toContain("robotics-tx");
    expect(list.kind === "message" && plainTextOf(list)).not.toContain("solar-oh");
    const solar = await inSlack("status solar-oh", slackAdmin);
    expect(solar.kind === "message" && solar.error).toBe("not-found");
    const link = await testBot.store.db.channelLink.findFirstOrThrow();
    expect([link.platform, link.workspaceId, link.channelId]).toEqual(["slack", "T-DISTRICT", "C-ROBOTICS"]);
  });

  it("lets a coordinator link any partnership of the workspace", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("link solar-oh reflections", coordinator);
    expect(reply.error).toBeUndefined();
    expect(plainTextOf(reply)).toContain("This channel gets a reflection thread for each of solar-oh's check-in rounds.");
  });
});
