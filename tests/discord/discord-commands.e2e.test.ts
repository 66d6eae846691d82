import { GatewayIntentBits } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { deployPartnerCommand } from "../../adapters/discord/deploy-partner-command.js";
import { UNKNOWN_SUBCOMMAND } from "../../adapters/discord/listeners/on-partner-command.js";
import { OUTSIDE_A_SERVER } from "../../adapters/discord/listeners/on-interaction.js";
import { createCommandRegistry } from "../../src/commands/create-command-registry.js";
import { STALE_BUTTON } from "../../src/ui/fixed-answers.js";
import { FORM_EXPIRED } from "../../adapters/discord/respond/send-reply.js";
import { buildPartnerCommand, type OptionRoute } from "../../adapters/discord/partner-command/build-partner-command.js";
import { ADMIN, buttonClick, FAKE_IDS, MEMBER, modalSubmit, slashCommand, type OptionValue } from "../../adapters/discord/testing/discord-payloads.js";
import { FakeDiscord } from "../../adapters/discord/testing/fake-discord.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { linkDemoToFakeGuild } from "../support/discord-demo.js";
import type { Command } from "../../src/commands/command.js";
import { APOLOGY } from "../../src/ui/fixed-answers.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
let discord: TestDiscord;
afterEach(async () => {
  await discord?.stop();
  await testBot?.close();
});

async function start(options: { heartbeatInterval?: number } = {}): Promise<void> {
  testBot = await createTestBot();
  await linkDemoToFakeGuild(testBot.store, testBot.clock);
  discord = await startTestDiscord(testBot.bot, options);
}

const EPHEMERAL = 64;
const OPTION_TYPE: Record<string, number> = { partnership: 3, text: 3, number: 10, date: 3, time: 3, choice: 3, user: 6, flag: 5 };

/** Plausible values for a command's options, the way a person would fill them in Discord. */
function optionsFor(command: Command, routes: OptionRoute[]): { name: string; type: number; value: OptionValue }[] {
  const value = (route: OptionRoute): OptionValue => {
    const spec = command.arguments.find((argument) => argument.name === route.argument)!;
    switch (route.kind) {
      case "partnership":
        return "robotics-tx";
      case "number":
        return 3;
      case "date":
        return "2027-01-15";
      case "time":
        return "09:00";
      case "choice":
        return spec.choices?.[0] ?? "x";
      case "user":
        return FAKE_IDS.member;
      case "flag":
        return true;
      default:
        return route.argument === "handle" ? "drones-tx" : "Lincoln Middle School";
    }
  };
  return routes.filter((route) => command.arguments.find((argument) => argument.name === route.argument)?.required).map((route) => ({ name: route.option, type: OPTION_TYPE[route.kind] ?? 3, value: value(route) }));
}

/** All the text Discord would show for a message body. */
const shown = (body: any) => JSON.stringify([body?.content, body?.embeds]);

describe("the Discord adapter on the real discord.js client", () => {
  it("connects with exactly the intents it needs, finding the gateway through GET /gateway/bot on DISCORD_API_URL", async () => {
    await start();
    const { fake } = discord;
    expect(fake.identify.intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.MessageContent);
    expect(fake.identify.token).toBe("fake.bot.token");
    const gateway = fake.restCalls.find((call) => call.path === "/gateway/bot");
    expect(gateway?.headers.authorization).toBe("Bot fake.bot.token");
    expect(fake.gatewayUrlSeen).toBe("/gateway?v=10&encoding=json");
    expect(discord.discord.client.guilds.cache.get(FAKE_IDS.guild)?.name).toBe("Robotics Partners");
  });

  it("stops with what to fix when Discord refuses the Message Content intent or the token", async () => {
    testBot = await createTestBot();
    const refusesIntents = await new FakeDiscord({ closeOnIdentify: 4014 }).start();
    const refusesToken = await new FakeDiscord().start();
    refusesToken.handlers.push(["GET", /^\/gateway\/bot$/, () => ({ status: 401, body: { message: "401: Unauthorized", code: 0 } })]);
    try {
      await expect(startTestDiscord(testBot.bot, { fake: refusesIntents })).rejects.toThrow("switch on Bot > Privileged Gateway Intents > Message Content Intent");
      await expect(startTestDiscord(testBot.bot, { fake: refusesToken })).rejects.toThrow("Discord rejected DISCORD_TOKEN: copy a fresh one");
    } finally {
      await refusesIntents.stop();
      await refusesToken.stop();
    }
  });

  it("answers a slash command of every command family: acknowledged at once (a form-opening command with its modal), then the core's reply, never the apology", async () => {
    await start();
    const registry = createCommandRegistry();
    const tree = buildPartnerCommand(testBot.bot.commands);
    for (const [family, commands] of registry.families()) {
      const command = commands[0]!;
      const direct = [...tree.routes.entries()].find(([, candidate]) => candidate.kind === "command" && candidate.command === command.name);
      // Past Discord's 25 subcommands, a command is typed as a line through /partner more.
      const more = [...tree.routes.entries()].find(([, candidate]) => candidate.kind === "command-line")?.[0];
      const interaction =
        direct === undefined || direct[1].kind !== "command"
          ? slashCommand([more!], [{ name: "command", type: 3, value: command.examples[0]!.replace(/^\/partner /, "") }], { resolvedUsers: [MEMBER] })
          : slashCommand(direct[0].split(" "), optionsFor(command, direct[1].options), { resolvedUsers: [MEMBER] });
      const path = direct?.[0] ?? `${more} ${command.name}`;
      const callback = await discord.interact(interaction);
      if (command.opensForm === true) {
        // Answered at once with its modal (9), or with a message (4) when the core refused.
        expect([4, 9], family).toContain(callback.body.type);
        expect(JSON.stringify(callback.body), family).not.toContain(APOLOGY.slice(0, 40));
        continue;
      }
      expect(callback.body, family).toEqual({ type: 5, data: { flags: EPHEMERAL } });
      const answer = await discord.answerAfterDeferral(interaction);
      expect(shown(answer.body), `/partner ${path}`).not.toContain(APOLOGY.slice(0, 40));
      expect(answer.body.embeds.length + answer.body.components.length, `/partner ${path}`).toBeGreaterThan(0);
    }
  });

  it("shows status as embeds with the partnership's health, progress bars and a Start check-in button", async () => {
    await start();
    const interaction = slashCommand(["status"], [{ name: "partnership", type: 3, value: "robotics-tx" }]);
    await discord.interact(interaction);
    const answer = await discord.answerAfterDeferral(interaction);
    expect(answer.method).toBe("PATCH");
    expect(answer.body.embeds[0].title).toBe("Middle School Robotics Mentorship (robotics-tx): at risk");
    expect(shown(answer.body)).toContain("▓▓▓▓▓▓░░░░ 60%");
    const partnership = await testBot.store.partnerships.findVisible({ platform: "console", workspaceId: "demo" }, "robotics-tx");
    expect(answer.body.components[0].components[0]).toMatchObject({ type: 2, label: "Start check-in", custom_id: `a|checkin.start|${partnership!.id}` });
  });

  it("registers /partner in one server with npm run discord:deploy's function", async () => {
    await start();
    const result = await deployPartnerCommand(testBot.bot.commands, { token: "fake.bot.token", applicationId: FAKE_IDS.application, guildId: FAKE_IDS.guild, apiUrl: discord.fake.restBase });
    const put = await discord.fake.waitForRest("PUT", new RegExp(`^/applications/${FAKE_IDS.application}/guilds/${FAKE_IDS.guild}/commands$`));
    expect(put.body).toHaveLength(1);
    expect(put.body[0]).toMatchObject({ name: "partner", type: 1, contexts: [0] });
    expect(result.subcommands).toContain("status");
  });

  it("suggests the partnerships this server can see while a handle is typed", async () => {
    await start();
    const interaction = slashCommand(["status"], [{ name: "partnership", type: 3, value: "rob", focused: true }], { type: 4 });
    const callback = await discord.interact(interaction);
    expect(callback.body).toEqual({ type: 8, data: { choices: [{ name: "robotics-tx: Middle School Robotics Mentorship", value: "robotics-tx" }] } });
  });

  it("treats members with Manage Server as coordinators and names people by their server nickname", async () => {
    await start();
    const asMember = slashCommand(["new"], [{ name: "handle", type: 3, value: "drones-tx" }, { name: "name", type: 3, value: "Drone Club" }], { user: MEMBER });
    await discord.interact(asMember);
    const refused = await discord.answerAfterDeferral(asMember);
    expect(refused.method).toBe("PATCH");
    expect(shown(refused.body)).toContain("Only a coordinator");

    const asAdmin = slashCommand(["new"], [{ name: "handle", type: 3, value: "drones-tx" }, { name: "name", type: 3, value: "Drone Club" }], { user: ADMIN });
    await discord.interact(asAdmin);
    // A public reply to a deferred (ephemeral) acknowledgement: posted as a follow-up, the placeholder removed.
    const created = await discord.answerAfterDeferral(asAdmin);
    expect(created.method).toBe("POST");
    expect(created.body.flags ?? 0).toBe(0);
    expect(shown(created.body)).toContain("Created Drone Club (drones-tx)");
    await discord.fake.waitForRest("DELETE", new RegExp(`/webhooks/${FAKE_IDS.application}/${asAdmin.token}/messages/@original$`));
    const partnership = await testBot.store.partnerships.findVisible({ platform: "discord", workspaceId: FAKE_IDS.guild }, "drones-tx");
    expect(partnership).toMatchObject({ platform: "discord", workspaceId: FAKE_IDS.guild, name: "Drone Club" });
    const identity = await testBot.database.db.chatIdentity.findUnique({ where: { platform_workspaceId_userId: { platform: "discord", workspaceId: FAKE_IDS.guild, userId: ADMIN.id } } });
    expect(identity).toMatchObject({ displayName: "Alice (district office)", isAdmin: true });

    const naming = slashCommand(["coordinator", "add"], [{ name: "person", type: 6, value: MEMBER.id }], { user: ADMIN, resolvedUsers: [MEMBER] });
    await discord.interact(naming);
    expect(shown((await discord.answerAfterDeferral(naming)).body)).toContain("Bo Member is now a coordinator");
  });

  it("answers interactions of unexpected shapes with a clear ephemeral message and a log line, and keeps working", async () => {
    await start();
    const cases: [object, string][] = [
      [slashCommand(["frobnicate"]), UNKNOWN_SUBCOMMAND],
      [{ ...slashCommand(["status"]), data: { id: FAKE_IDS.application, name: "partner", type: 1, options: [{ name: "loose", type: 3, value: "x" }] } }, UNKNOWN_SUBCOMMAND],
      [{ ...slashCommand(["status"]), data: { id: FAKE_IDS.application, name: "ping", type: 1, options: [] } }, UNKNOWN_SUBCOMMAND],
      [buttonClick("not|one|of|ours"), STALE_BUTTON],
      [buttonClick("a|no.such.action|1"), "That button no longer does anything"],
      [buttonClick("p|expired-session|2"), FORM_EXPIRED],
      [modalSubmit("something-else", { a: "b" }), FORM_EXPIRED],
      [slashCommand(["status"], [{ name: "partnership", type: 3, value: "robotics-tx" }], { guild: false }), OUTSIDE_A_SERVER],
    ];
    for (const [interaction, expected] of cases) {
      const callback = await discord.interact(interaction as { id: string; token: string });
      // Answered at once, or (a /partner command) acknowledged with an ephemeral deferral that the answer edits.
      expect(callback.body.data.flags, expected).toBe(EPHEMERAL);
      const body = callback.body.type === 4 ? callback.body.data : (await discord.answerAfterDeferral(interaction as { token: string })).body;
      expect(shown(body), expected).toContain(expected.slice(0, 30).replaceAll("`", ""));
    }
    // An interaction type discord.js does not know is ignored without a crash.
    discord.fake.dispatch("INTERACTION_CREATE", { ...slashCommand(["status"]), type: 42 });
    expect(discord.logs.filter((line) => line.level === 40).map((line) => line.msg)).toEqual(
      expect.arrayContaining(["discord: unknown /partner subcommand answered", "discord: unknown button answered", "discord: unknown modal answered"]),
    );
    const status = slashCommand(["status"], [{ name: "partnership", type: 3, value: "solar-oh" }]);
    await discord.interact(status);
    expect((await discord.answerAfterDeferral(status)).body.embeds[0].title).toContain("solar-oh");
  });

  it("logs and apologises once when Discord refuses the answer itself", async () => {
    await start();
    discord.fake.handlers.push(["PATCH", /messages\/@original$/, () => ({ status: 400, body: { message: "Invalid Form Body", code: 50035 } })]);
    const interaction = slashCommand(["status"], [{ name: "partnership", type: 3, value: "robotics-tx" }]);
    await discord.interact(interaction);
    await discord.fake.waitForRest("PATCH", /@original$/, (call) => call.body?.content === APOLOGY);
    expect(discord.logs.some((line) => line.level === 50 && line.msg === "discord: interaction failed")).toBe(true);
  });

  it("waits out a REST 429 and then delivers the answer", async () => {
    await start();
    let refused = 0;
    discord.fake.handlers.push([
      "PATCH",
      /messages\/@original$/,
      () => (refused++ === 0 ? { status: 429, headers: { "retry-after": "1", "x-ratelimit-scope": "user" }, body: { message: "You are being rate limited.", retry_after: 1, global: false } } : undefined),
    ]);
    const interaction = slashCommand(["status"], [{ name: "partnership", type: 3, value: "robotics-tx" }]);
    await discord.interact(interaction);
    const edits = () => discord.fake.restCalls.filter((call) => call.method === "PATCH" && call.path.includes(interaction.token));
    await discord.fake.waitForRest("PATCH", /@original$/, (call) => call.path.includes(interaction.token) && edits().length === 2, 5000);
    expect(edits()).toHaveLength(2);
    expect(edits()[1]!.body.embeds[0].title).toContain("robotics-tx");
  });

  it("survives a dropped gateway connection: it resumes the session and answers the next command", async () => {
    await start({ heartbeatInterval: 250 });
    const resumed = discord.fake.waitForOpcode(6, 5000);
    discord.fake.dropGateway();
    expect((await resumed).d).toMatchObject({ session_id: "fake-session", token: "fake.bot.token" });
    const interaction = slashCommand(["status"], [{ name: "partnership", type: 3, value: "appdev-ca" }]);
    await discord.interact(interaction);
    expect((await discord.answerAfterDeferral(interaction)).body.embeds[0].title).toContain("appdev-ca");
    expect(discord.fake.connections).toBe(2);
  });

  it("answers /partner report with each chart as a PNG attachment that its embed shows", async () => {
    await start();
    const interaction = slashCommand(["report"], [{ name: "partnership", type: 3, value: "robotics-tx" }]);
    await discord.interact(interaction);
    const answer = await discord.answerAfterDeferral(interaction);
    const pngs = answer.files.filter((file) => file.name.endsWith(".png"));
    expect(pngs.length).toBeGreaterThan(0);
    expect(pngs.length).toBeLessThanOrEqual(10);
    for (const file of pngs) expect(file.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    const images = (answer.body.embeds as { image?: { url: string }; description?: string }[]).filter((embed) => embed.image !== undefined);
    expect(images.map((embed) => embed.image!.url)).toEqual(pngs.map((file) => `attachment://${file.name}`));
    expect(images[0]!.description).toMatch(/target \d+/);
  });
});
