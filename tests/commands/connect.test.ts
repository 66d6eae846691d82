import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

const mariaOnDiscord: Actor = { platform: "discord", workspaceId: "G-DISTRICT", userId: "555", displayName: "maria_a", isPlatformAdmin: false };
const visitorOnDiscord: Actor = { platform: "discord", workspaceId: "G-DISTRICT", userId: "777", displayName: "parent", isPlatformAdmin: false };

let testBot: TestBot;
afterEach(async () => testBot?.close());

function codeIn(text: string): string {
  const match = /\/partner connect ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(text);
  if (match === null) throw new Error(`no code in: ${text}`);
  return match[1]!;
}

describe("connecting a person's accounts", () => {
  it("makes a liaison the same person on Discord, who can then bring the partnership there", async () => {
    testBot = await createTestBot();
    const code = codeIn(plainTextOf(await testBot.say("connect", maria)));
    const connected = await testBot.say(`connect ${code.toLowerCase()} --yes`, mariaOnDiscord);
    expect(connected.heading).toBe("Accounts connected");

    // Her liaison role came with her: she may link a Discord channel to robotics-tx.
    const linked = await testBot.bot.runCommandLine("link robotics-tx updates", { actor: mariaOnDiscord, channelId: "C-DISCORD" });
    expect(linked.kind === "message" && linked.heading).toBe("Linked to Middle School Robotics Mentorship");
    expect((await testBot.say("status robotics-tx", visitorOnDiscord)).heading).toContain("Middle School Robotics Mentorship");
    expect((await testBot.run("checkin robotics-tx", mariaOnDiscord)).kind).toBe("form");

    const identities = await testBot.store.db.chatIdentity.findMany({ where: { userId: { in: ["maria.alvarez", "555"] } } });
    expect(new Set(identities.map((identity) => identity.personId)).size).toBe(1);
  });

  it("refuses an unknown, a reused or an expired code and changes nothing", async () => {
    testBot = await createTestBot();
    expect(plainTextOf(await testBot.say("connect ZZZZ-ZZZZ", mariaOnDiscord))).toContain("That code is not one I gave out");

    const code = codeIn(plainTextOf(await testBot.say("connect", maria)));
    testBot.clock.advance(16 * 60_000);
    const late = await testBot.say(`connect ${code}`, mariaOnDiscord);
    expect(late.error).toBe("bad-arguments");
    expect(plainTextOf(late)).toContain("older than 15 minutes");

    const fresh = codeIn(plainTextOf(await testBot.say("connect", maria)));
    await testBot.say(`connect ${fresh} --yes`, mariaOnDiscord);
    expect(plainTextOf(await testBot.say(`connect ${fresh}`, visitorOnDiscord))).toContain("That code is not one I gave out");
    const visitor = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: "777" } });
    const mariaIdentity = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: "maria.alvarez" } });
    expect(visitor.personId).not.toBe(mariaIdentity.personId);
  });

  it("does not merge an account that already has roles of its own", async () => {
    testBot = await createTestBot();
    const code = codeIn(plainTextOf(await testBot.say("connect", maria)));
    // Dev Patel is a liaison in his own right: his account is not folded into Maria's.
    const dev: Actor = { ...maria, userId: "dev.patel", displayName: "Dev Patel" };
    const refused = await testBot.say(`connect ${code}`, dev);
    expect(plainTextOf(refused)).toContain("already has roles or answers of its own");
    const people = await testBot.store.db.chatIdentity.findMany({ where: { userId: { in: ["maria.alvarez", "dev.patel"] } } });
    expect(new Set(people.map((identity) => identity.personId)).size).toBe(2);
  });
});

describe("confirming and undoing a connection (issue 10)", () => {
  it("says whose account a code joins and changes nothing until --yes", async () => {
    testBot = await createTestBot();
    const attacker: Actor = { platform: "slack", workspaceId: "T-EVIL", userId: "U666", displayName: "Mallory", isPlatformAdmin: false };
    const code = codeIn(plainTextOf(await testBot.say("connect", attacker)));
    const asked = await testBot.say(`connect ${code}`, mariaOnDiscord);
    expect(asked.heading).toBe("Confirm: connect this account?");
    expect(plainTextOf(asked)).toContain("This joins you to Mallory on slack/T-EVIL");
    expect(plainTextOf(asked)).toContain(`type: /partner connect ${code} --yes`);
    const identities = await testBot.store.db.chatIdentity.findMany({ where: { userId: { in: ["U666", "555"] } } });
    expect(new Set(identities.map((identity) => identity.personId)).size).toBe(2);
    expect(await testBot.store.db.connectCode.count({ where: { code } })).toBe(1);
  });

  it("splits the current account off with disconnect, leaving roles with the other account, and refuses a lone account", async () => {
    testBot = await createTestBot();
    const lone = await testBot.say("disconnect", visitorOnDiscord);
    expect(lone.error).toBe("conflict");
    expect(plainTextOf(lone)).toContain("not connected to any other");

    const code = codeIn(plainTextOf(await testBot.say("connect", maria)));
    await testBot.say(`connect ${code} --yes`, mariaOnDiscord);
    const undone = await testBot.say("disconnect", mariaOnDiscord);
    expect(undone.heading).toBe("Account disconnected");
    const [slack, discord] = await Promise.all(["maria.alvarez", "555"].map((userId) => testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId }, include: { person: true } })));
    expect(slack!.personId).not.toBe(discord!.personId);
    expect(discord!.person.displayName).toBe("maria_a");
    expect((await testBot.run("checkin robotics-tx", mariaOnDiscord)).kind).toBe("message");
    expect((await testBot.run("checkin robotics-tx", maria)).kind).toBe("form");
    expect((await testBot.say("disconnect", maria)).error).toBe("conflict");
  });
});
