import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { coordinator, createTestBot, maria, type TestBot } from "../support/test-bot.js";

const mariaOnDiscord: Actor = { platform: "discord", workspaceId: "G-DISTRICT", userId: "555", displayName: "xX_robo_Xx", isPlatformAdmin: false };

let testBot: TestBot;
afterEach(async () => testBot?.close());

function csvOf(message: Message): string {
  const file = message.blocks.find((block) => block.type === "file");
  if (file === undefined || file.type !== "file") throw new Error("no file in the export");
  return file.content;
}

describe("names per platform (issue 10)", () => {
  it("keeps a Discord nickname out of the home workspace's headings and CSV, and shows it on Discord", async () => {
    testBot = await createTestBot();
    const code = /connect ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(plainTextOf(await testBot.say("connect", maria)))![1]!;
    await testBot.say(`connect ${code} --yes`, mariaOnDiscord);
    await testBot.bot.runCommandLine("link robotics-tx updates", { actor: mariaOnDiscord, channelId: "D-CHAN" });
    await testBot.say("help", mariaOnDiscord); // seen again on Discord, under her nickname
    await testBot.store.chatProfiles.save("discord", "G-DISTRICT", "555", { displayName: "xX_robo_Xx", isAdmin: false }, testBot.clock.now());

    const home = [plainTextOf(await testBot.say("status robotics-tx", coordinator)), plainTextOf(await testBot.say("show robotics-tx", coordinator)), csvOf(await testBot.say("export robotics-tx", coordinator))];
    for (const text of home) {
      expect(text).toContain("Maria Alvarez");
      expect(text).not.toContain("xX_robo_Xx");
    }
    const onDiscord = plainTextOf(await testBot.say("show robotics-tx", mariaOnDiscord));
    expect(onDiscord).toContain("xX_robo_Xx");
    expect(onDiscord).not.toContain("Maria Alvarez");
    const person = await testBot.store.db.person.findFirstOrThrow({ where: { identities: { some: { userId: "555" } } } });
    expect(person.displayName).toBe("Maria Alvarez");
  });
});
