import { afterEach, describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../adapters/discord/discord-limits.js";
import { ADMIN, buttonClick, modalSubmit, slashCommand } from "../../adapters/discord/testing/discord-payloads.js";
import type { RestCall } from "../../adapters/discord/testing/fake-discord.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { linkDemoToFakeGuild, makeLiaison } from "../support/discord-demo.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
let discord: TestDiscord;
afterEach(async () => {
  await discord?.stop();
  await testBot?.close();
});

async function submit(customId: string, values: Record<string, string>): Promise<RestCall> {
  const interaction = modalSubmit(customId, values);
  expect((await discord.interact(interaction)).body).toEqual({ type: 5, data: { flags: 64 } });
  return discord.answerAfterDeferral(interaction);
}

const shown = (body: any) => JSON.stringify([body?.content, body?.embeds]);
const continueButton = (answer: RestCall) => answer.body.components[0].components[0];

describe("a partnership's own check-in questions in Discord modals", () => {
  it("asks them in the check-in's last part, as typed inputs with their choices described, and saves the answers", async () => {
    testBot = await createTestBot();
    await linkDemoToFakeGuild(testBot.store, testBot.clock);
    await makeLiaison(testBot.store, "robotics-tx", ADMIN);
    await testBot.say("question add robotics-tx scale How engaged were students with their mentors this week?", maria);
    await testBot.say('question add robotics-tx choice Equipment and kits --choices "All working, Some need repair, Parts missing"', maria);
    const questions = await testBot.store.db.checkInQuestion.findMany({ orderBy: { position: "asc" } });
    discord = await startTestDiscord(testBot.bot);

    const callback = await discord.interact(slashCommand(["checkin"], [{ name: "partnership", type: 3, value: "robotics-tx" }]));
    const part1 = callback.body.data;
    expect(part1.title).toBe("Weekly check-in (1/2)");
    const received = await submit(part1.custom_id, { status: "on track", highlights: "Arm lifts the cube" });
    expect(shown(received.body)).toContain("part 1 of 2 received");

    const part2 = (await discord.interact(buttonClick(continueButton(received).custom_id))).body.data;
    const inputs = part2.components.map((label: any) => ({ id: label.component.custom_id, label: label.label, description: label.description, required: label.component.required }));
    expect(inputs.slice(-2)).toEqual([
      { id: `question-${questions[0]!.id}`, label: "How engaged were students with their…", description: "How engaged were students with their mentors this week? Type a number from 1 (low) to 5 (high)", required: false },
      { id: `question-${questions[1]!.id}`, label: "Equipment and kits", description: "Type one: All working, Some need repair, Parts missing", required: false },
    ]);
    for (const label of part2.components) expect(label.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.inputLabel);

    const saved = await submit(part2.custom_id, { [`question-${questions[0]!.id}`]: "4", [`question-${questions[1]!.id}`]: "parts missing" });
    expect(shown(saved.body)).toContain("Check-in saved");
    expect(shown(saved.body)).toContain("Parts missing");
    const answers = await testBot.store.db.checkInAnswer.findMany({ orderBy: { questionId: "asc" }, include: { response: true } });
    expect(answers.map((answer) => [answer.numberValue, answer.textValue, answer.response.source])).toEqual([
      [4, null, "discord"],
      [null, "Parts missing", "discord"],
    ]);
  });
});
