import { afterEach, describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../adapters/discord/discord-limits.js";
import { FORM_EXPIRED } from "../../adapters/discord/respond/send-reply.js";
import { ADMIN, buttonClick, FAKE_IDS, modalSubmit, slashCommand } from "../../adapters/discord/testing/discord-payloads.js";
import type { RestCall } from "../../adapters/discord/testing/fake-discord.js";
import { startTestDiscord, type TestDiscord } from "../../adapters/discord/testing/start-test-discord.js";
import { linkDemoToFakeGuild, makeLiaison } from "../support/discord-demo.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
let discord: TestDiscord;
afterEach(async () => {
  await discord?.stop();
  await testBot?.close();
});

async function start(): Promise<void> {
  testBot = await createTestBot();
  await linkDemoToFakeGuild(testBot.store, testBot.clock);
  // robotics-tx lives in the demo workspace: in a linked server, its liaisons may check in.
  await makeLiaison(testBot.store, "robotics-tx", ADMIN);
  discord = await startTestDiscord(testBot.bot);
}

async function robotics() {
  const db = testBot.database.db;
  const partnership = (await db.partnership.findFirst({ where: { handle: "robotics-tx" } }))!;
  const round = (await db.round.findFirst({ where: { partnershipId: partnership.id, status: "open" } }))!;
  const metrics = await db.metric.findMany({ where: { partnershipId: partnership.id }, orderBy: { id: "asc" } });
  return { partnership, round, metrics };
}

/** The check-ins the Discord admin has sent (the demo's liaisons answered through the console). */
const discordCheckIns = () =>
  testBot.database.db.checkInResponse.findMany({ where: { person: { identities: { some: { platform: "discord", userId: ADMIN.id } } } }, include: { readings: true } });

/** Clicks a button and returns the modal Discord was asked to show. */
async function openModal(customId: string): Promise<any> {
  const callback = await discord.interact(buttonClick(customId));
  expect(callback.body.type, JSON.stringify(callback.body).slice(0, 300)).toBe(9);
  return callback.body.data;
}

/** Submits a modal and returns the answer after the deferral. */
async function submit(customId: string, values: Record<string, string>): Promise<RestCall> {
  const interaction = modalSubmit(customId, values);
  const callback = await discord.interact(interaction);
  expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
  return discord.answerAfterDeferral(interaction);
}

const inputsOf = (modal: any) => modal.components.map((label: any) => ({ id: label.component.custom_id, label: label.label, value: label.component.value }));
const buttonOf = (answer: RestCall) => answer.body.components[0].components[0];
const shown = (body: any) => JSON.stringify([body?.content, body?.embeds]);

function expectModalWithinLimits(modal: any): void {
  expect(modal.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.modalTitle);
  expect(modal.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  expect(modal.components.length).toBeGreaterThanOrEqual(1);
  expect(modal.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.modalInputs);
  for (const label of modal.components) {
    expect(label.type).toBe(18);
    expect(label.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.inputLabel);
    expect(label.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.labelDescription);
    expect(label.component.type).toBe(4);
    expect(label.component.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(label.component.max_length).toBeLessThanOrEqual(DISCORD_LIMITS.inputValue);
  }
}

describe("forms in Discord modals", () => {
  it("opens the two-part check-in from /partner checkin as a modal and stores it only when the last part is sent", async () => {
    await start();
    const { partnership, round, metrics } = await robotics();
    expect(metrics).toHaveLength(3);

    // The command's first response is the modal itself: no deferral, no extra click.
    const callback = await discord.interact(slashCommand(["checkin"], [{ name: "partnership", type: 3, value: "robotics-tx" }]));
    expect(callback.body.type).toBe(9);
    const part1 = callback.body.data;
    expectModalWithinLimits(part1);
    expect(part1.title).toBe("Weekly check-in (1/2)");
    expect(part1.custom_id).toMatch(new RegExp(`^f\\|checkin\\|1\\|2\\|[^|]+\\|${partnership.id}:${round.id}$`));
    expect(inputsOf(part1).map((input: any) => input.id)).toEqual(["status", "highlights", "blockers", "needs", `metric-${metrics[0]!.id}`]);
    expect(part1.components[0].description).toMatch(/^Type one: on track, at risk, off track$/i);

    const received = await submit(part1.custom_id, {
      status: "At risk",
      highlights: "Both teams drove their robots",
      blockers: "Kits still late",
      needs: "A second mentor on Thursdays",
      [`metric-${metrics[0]!.id}`]: "33",
    });
    expect(shown(received.body)).toContain("part 1 of 2 received");
    expect(shown(received.body)).toContain("Both teams drove their robots");
    expect(buttonOf(received)).toMatchObject({ label: "Continue (part 2 of 2)" });
    expect(await discordCheckIns()).toEqual([]);

    const part2 = await openModal(buttonOf(received).custom_id);
    expectModalWithinLimits(part2);
    expect(part2.title).toBe("Weekly check-in (2/2)");
    expect(inputsOf(part2).map((input: any) => input.id)).toEqual([`metric-${metrics[1]!.id}`, `metric-${metrics[2]!.id}`]);

    const saved = await submit(part2.custom_id, { [`metric-${metrics[1]!.id}`]: "34", [`metric-${metrics[2]!.id}`]: "3.5" });
    expect(shown(saved.body)).toContain("Check-in saved");
    const [checkIn, ...others] = await discordCheckIns();
    expect(others).toEqual([]);
    expect(checkIn).toMatchObject({ roundId: round.id, status: "at-risk", highlights: "Both teams drove their robots", blockers: "Kits still late", needs: "A second mentor on Thursdays", source: "discord" });
    expect(checkIn!.readings.map((reading) => [reading.metricId, reading.value]).sort()).toEqual(
      [[metrics[0]!.id, 33], [metrics[1]!.id, 34], [metrics[2]!.id, 3.5]].sort(),
    );
  });

  it("opens the modal straight from a Start check-in button", async () => {
    await start();
    const { partnership } = await robotics();
    const modal = await openModal(`a|checkin.start|${partnership.id}`);
    expect(modal.title).toBe("Weekly check-in (1/2)");
    expectModalWithinLimits(modal);
  });

  it("shows rejected answers ephemerally with a button that reopens the form as typed, and saves nothing until they are fixed", async () => {
    await start();
    const { partnership, metrics } = await robotics();
    const part1 = await openModal(`a|checkin.start|${partnership.id}`);
    const typed = { status: "maybe", highlights: "Open lab night", blockers: "", needs: "", [`metric-${metrics[0]!.id}`]: "31" };
    const received = await submit(part1.custom_id, typed);
    const part2 = await openModal(buttonOf(received).custom_id);
    const rejected = await submit(part2.custom_id, { [`metric-${metrics[1]!.id}`]: "lots", [`metric-${metrics[2]!.id}`]: "" });
    expect(rejected.body.flags ?? 64).toBe(64);
    expect(shown(rejected.body)).toContain("Nothing was saved");
    expect(shown(rejected.body)).toContain("How is the partnership doing?");
    expect(shown(rejected.body)).toContain("Enter a number");
    expect(buttonOf(rejected)).toMatchObject({ label: "Fix my answers" });
    expect(await discordCheckIns()).toEqual([]);

    const reopened = await openModal(buttonOf(rejected).custom_id);
    expect(inputsOf(reopened).find((input: any) => input.id === "status")?.value).toBe("maybe");
    expect(inputsOf(reopened).find((input: any) => input.id === "highlights")?.value).toBe("Open lab night");
    const again = await submit(reopened.custom_id, { ...typed, status: "on track" });
    const part2Again = await openModal(buttonOf(again).custom_id);
    expect(inputsOf(part2Again).find((input: any) => input.id === `metric-${metrics[1]!.id}`)?.value).toBe("lots");
    const saved = await submit(part2Again.custom_id, { [`metric-${metrics[1]!.id}`]: "40", [`metric-${metrics[2]!.id}`]: "" });
    expect(shown(saved.body)).toContain("Check-in saved");
    expect((await discordCheckIns()).map((checkIn) => checkIn.status)).toEqual(["on-track"]);
  });

  it("says so and stores nothing when the round closed while the modal was open", async () => {
    await start();
    const { partnership, round, metrics } = await robotics();
    const part1 = await openModal(`a|checkin.start|${partnership.id}`);
    const received = await submit(part1.custom_id, { status: "on-track", highlights: "", blockers: "", needs: "", [`metric-${metrics[0]!.id}`]: "" });
    const part2 = await openModal(buttonOf(received).custom_id);
    await testBot.database.db.round.update({ where: { id: round.id }, data: { status: "closed", closedAt: testBot.clock.now() } });
    const answer = await submit(part2.custom_id, { [`metric-${metrics[1]!.id}`]: "40", [`metric-${metrics[2]!.id}`]: "" });
    expect(shown(answer.body)).toContain(`The ${round.period} round closed, so this check-in was not saved`);
    expect(await discordCheckIns()).toEqual([]);
    expect(await testBot.database.db.metricReading.count({ where: { recordedBy: { identities: { some: { platform: "discord" } } } } })).toBe(0);
  });

  it("stores nothing from a later part whose earlier parts were lost (a restart), and says how to start again", async () => {
    await start();
    const { partnership, round, metrics } = await robotics();
    const answer = await submit(`f|checkin|2|2|lost-session|${partnership.id}:${round.id}`, { [`metric-${metrics[1]!.id}`]: "40" });
    expect(shown(answer.body)).toContain(FORM_EXPIRED.slice(0, 40));
    expect(await discordCheckIns()).toEqual([]);
  });

  it("accepts a one-part form even after a restart lost its session: the modal carries the form and its context", async () => {
    await start();
    const admin = { actor: { platform: "discord", workspaceId: FAKE_IDS.guild, userId: ADMIN.id, displayName: "Alice", isPlatformAdmin: true } };
    await testBot.bot.runCommand("new", { handle: "drones-tx", name: "Drone Club" }, admin);
    const drones = (await testBot.database.db.partnership.findFirst({ where: { handle: "drones-tx" } }))!;
    const answer = await submit(`f|checkin|1|1||${drones.id}:`, { status: "on-track", highlights: "First flight", blockers: "", needs: "" });
    expect(shown(answer.body)).toContain("Check-in saved");
    expect(await discordCheckIns()).toMatchObject([{ partnershipId: drones.id, roundId: null, status: "on-track", highlights: "First flight" }]);
  });
});
