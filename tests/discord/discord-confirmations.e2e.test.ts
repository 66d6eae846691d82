import { afterEach, describe, expect, it } from "vitest";
import { buildPartnerCommand } from "../../adapters/discord/partner-command/build-partner-command.js";
import { ADMIN, buttonClick, MEMBER, slashCommand } from "../../adapters/discord/testing/discord-payloads.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { linkDemoToFakeGuild, makeLiaison } from "../support/discord-demo.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
let discord: TestDiscord;
afterEach(async () => {
  await discord?.stop();
  await testBot?.close();
});

const shown = (body: any) => JSON.stringify([body?.content, body?.embeds]);

/** `/partner milestone delete` as Discord sends it: its own subcommand, or a line through /partner more past Discord's limits. */
function milestoneDelete(user = ADMIN) {
  const tree = buildPartnerCommand(testBot.bot.commands);
  const direct = [...tree.routes.entries()].find(([, route]) => route.kind === "command" && route.command === "milestone delete");
  if (direct !== undefined) {
    return slashCommand(direct[0].split(" "), [
      { name: "partnership", type: 3, value: "robotics-tx" },
      { name: "milestone", type: 3, value: "3" },
    ], { user });
  }
  const more = [...tree.routes.entries()].find(([, route]) => route.kind === "command-line")![0];
  return slashCommand([more], [{ name: "command", type: 3, value: "milestone delete robotics-tx 3" }], { user });
}

/** The answer to an interaction: at once (type 4), or the edit after an ephemeral deferral. */
async function answerTo(interaction: { id: string; token: string }): Promise<any> {
  const callback = await discord.interact(interaction);
  return callback.body.type === 4 ? callback.body.data : (await discord.answerAfterDeferral(interaction)).body;
}

describe("a destructive command's confirmation on Discord", () => {
  it("asks with a Delete button, changes nothing until it is pressed, and the button checks who presses it", async () => {
    testBot = await createTestBot();
    await linkDemoToFakeGuild(testBot.store, testBot.clock);
    await makeLiaison(testBot.store, "robotics-tx", ADMIN);
    discord = await startTestDiscord(testBot.bot);

    const asked = await answerTo(milestoneDelete());
    expect(shown(asked)).toContain('Delete the milestone \\"Regional robotics competition\\" of robotics-tx?');
    expect(shown(asked)).toContain("Nothing has changed yet");
    const button = asked.components.flatMap((row: any) => row.components).find((component: any) => component.label === "Delete");
    expect(button).toMatchObject({ type: 2, style: 4 });
    expect(button.custom_id).toBe('a|command.confirm|milestone delete robotics-tx "Regional robotics competition" --yes');
    expect(await testBot.store.db.milestone.count({ where: { title: "Regional robotics competition" } })).toBe(1);

    // Someone who may not change the partnership presses it: refused, nothing deleted.
    const refused = await answerTo(buttonClick(button.custom_id, MEMBER));
    expect(shown(refused)).toContain("can change robotics-tx");
    expect(await testBot.store.db.milestone.count({ where: { title: "Regional robotics competition" } })).toBe(1);

    const deleted = await answerTo(buttonClick(button.custom_id, ADMIN));
    expect(shown(deleted)).toContain("Milestone deleted: Regional robotics competition");
    expect(await testBot.store.db.milestone.count({ where: { title: "Regional robotics competition" } })).toBe(0);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "milestone", action: "delete" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ title: "Regional robotics competition", dueOn: "2027-02-06" });
  });
});
