import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import type { OutboundMessage } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

const mariaOnDiscord: Actor = { platform: "discord", workspaceId: "G-OTHER", userId: "555", displayName: "maria_a", isPlatformAdmin: false };
const readerOnDiscord: Actor = { platform: "discord", workspaceId: "G-OTHER", userId: "777", displayName: "parent", isPlatformAdmin: false };
const adminOnDiscord: Actor = { platform: "discord", workspaceId: "G-OTHER", userId: "888", displayName: "server admin", isPlatformAdmin: true };

let testBot: TestBot;
afterEach(async () => testBot?.close());

/** Maria connects a Discord account and links a channel of that server to robotics-tx. */
async function linkIntoDiscord(): Promise<void> {
  await testBot.say("link robotics-tx updates", maria); // the home workspace's updates channel, C-test
  const code = /connect ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainTextOf(await testBot.say("connect", maria)))![1]!;
  expect((await testBot.say(`connect ${code} --yes`, mariaOnDiscord)).heading).toBe("Accounts connected");
  const linked = await testBot.bot.runCommandLine("link robotics-tx updates", { actor: mariaOnDiscord, channelId: "D-CHAN" });
  expect(linked.kind === "message" && linked.heading).toBe("Linked to Middle School Robotics Mentorship");
}

describe("links into other workspaces (issue 10)", () => {
  it("announces a link into another workspace in the home updates channel, through the outbox", async () => {
    testBot = await createTestBot();
    await linkIntoDiscord();
    const notices = await testBot.store.db.prompt.findMany({ where: { kind: "link-notice" } });
    expect(notices.map((row) => [row.platform, row.workspaceId, row.target])).toEqual([["console", "demo", "channel:C-test"]]);
    const text = plainTextOf((JSON.parse(notices[0]!.payload) as OutboundMessage).message);
    expect(text).toContain("Maria Alvarez linked a discord channel in another workspace to robotics-tx for updates");
    expect(text).toContain("/partner unlink robotics-tx updates --channel D-CHAN");
    // Linking a channel at home announces nothing.
    await testBot.bot.runCommandLine("link robotics-tx reflections", { actor: maria, channelId: "C-home-2" });
    expect(await testBot.store.db.prompt.count({ where: { kind: "link-notice" } })).toBe(1);
  });

  it("lists the links in show and lets a liaison end one in another workspace at once", async () => {
    testBot = await createTestBot();
    await linkIntoDiscord();
    const shown = plainTextOf(await testBot.say("show robotics-tx", coordinator));
    expect(shown).toContain("discord channel D-CHAN (updates), in another workspace (discord G-OTHER)");
    expect(shown).toContain("End a link: /partner unlink robotics-tx <updates|reflections> [--channel <id>]");
    const fromThere = plainTextOf(await testBot.say("show robotics-tx", readerOnDiscord));
    expect(fromThere).toContain("discord channel D-CHAN (updates)");
    expect(fromThere).not.toContain("C-test");
    expect(fromThere).toContain("1 more in other workspaces");
    expect((await testBot.say("status robotics-tx", readerOnDiscord)).error).toBeUndefined();

    const unlinked = await testBot.say("unlink robotics-tx updates --channel D-CHAN", maria);
    expect(unlinked.heading).toBe("Unlinked from Middle School Robotics Mentorship");
    expect((await testBot.say("status robotics-tx", readerOnDiscord)).error).toBe("not-found");
    expect((await testBot.say("export robotics-tx", readerOnDiscord)).error).toBe("not-found");
    expect(await testBot.store.db.channelLink.count({ where: { workspaceId: "G-OTHER" } })).toBe(0);
  });

  it("unlinks the channel it is typed in, and refuses readers and the other workspace's admins", async () => {
    testBot = await createTestBot();
    await linkIntoDiscord();
    for (const actor of [readerOnDiscord, adminOnDiscord]) {
      const refused = await testBot.bot.runCommandLine("unlink robotics-tx updates", { actor, channelId: "D-CHAN" });
      expect(refused.kind === "message" && refused.error).toBe("forbidden");
    }
    const byVisitor = await testBot.say("unlink robotics-tx updates --channel D-CHAN", visitor);
    expect(byVisitor.error).toBe("forbidden");
    expect(await testBot.store.db.channelLink.count()).toBe(2);

    const missing = await testBot.say("unlink robotics-tx reflections", maria);
    expect(missing.error).toBe("not-found");
    const here = await testBot.bot.runCommandLine("unlink robotics-tx updates", { actor: mariaOnDiscord, channelId: "D-CHAN" });
    expect(here.kind === "message" && plainTextOf(here)).toContain("The updates link to this channel is ended");
    const left = await testBot.store.db.channelLink.findMany();
    expect(left.map((link) => [link.workspaceId, link.channelId])).toEqual([["demo", "C-test"]]);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "channel-link", action: "delete" } });
    expect(audit.before).toContain("D-CHAN");
  });
});
