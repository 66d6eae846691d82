import { afterEach, describe, expect, it } from "vitest";
import { decodeCustomId } from "../../adapters/discord/custom-ids.js";
import { DISCORD_LIMITS } from "../../adapters/discord/discord-limits.js";
import { renderMessage, type DiscordMessagePayload } from "../../adapters/discord/render/render-message.js";
import type { Message } from "../../src/ui/reply.js";
import { MessageBuilder } from "../../src/ui/message-builder.js";
import { createTestBot, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const embedChars = (embed: DiscordMessagePayload["embeds"][number]) =>
  (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);

function expectWithinDiscordLimits(payloads: DiscordMessagePayload[]): void {
  expect(payloads.length).toBeGreaterThan(0);
  for (const payload of payloads) {
    expect(payload.content?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(payload.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    expect(payload.embeds.reduce((sum, embed) => sum + embedChars(embed), 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(payload.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
    expect(payload.files.length).toBeLessThanOrEqual(DISCORD_LIMITS.filesPerMessage);
    expect(payload.embeds.length + payload.components.length + payload.files.length + (payload.content === undefined ? 0 : 1)).toBeGreaterThan(0);
    for (const embed of payload.embeds) {
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
      expect(embedChars(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
      }
    }
    for (const row of payload.components) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const button of row.components) {
        expect(button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(decodeCustomId(button.custom_id)).not.toBeNull();
        expect(button.label!.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      }
    }
  }
}

const unescape = (text: string) => text.replace(/\\([\\*_~|>#\-[\]().`!+])/g, "$1");
// Whitespace is where text is split (and a very long word may be split inside), so it is left out of the comparison.
const squash = (text: string) => text.replace(/\s+/g, "");

/** Everything a reader sees, in order: continuation pieces joined back together. */
function visibleText(payloads: DiscordMessagePayload[]): string {
  const parts: string[] = [];
  for (const payload of payloads) {
    for (const embed of payload.embeds) {
      parts.push(embed.title ?? "", embed.description ?? "");
      for (const field of embed.fields ?? []) parts.push(field.name.endsWith("(continued)") ? "" : field.name, field.value);
    }
    for (const file of payload.files) parts.push(file.attachment.toString("utf8"));
    for (const row of payload.components) parts.push(...row.components.map((button) => button.label ?? ""));
  }
  return squash(unescape(parts.join(" ")));
}

/** Asserts that no piece of the neutral message was cut: each appears whole in what Discord shows. */
function expectNothingLost(message: Message, payloads: DiscordMessagePayload[]): void {
  const shown = visibleText(payloads);
  const pieces: string[] = [message.heading ?? ""];
  for (const block of message.blocks) {
    if (block.type === "text" || block.type === "context") pieces.push(block.text);
    if (block.type === "fields") pieces.push(...block.fields.flatMap((field) => [field.label, field.value]));
    if (block.type === "list") pieces.push(block.title ?? "", ...block.items);
    if (block.type === "progress") pieces.push(block.label, block.detail);
    if (block.type === "actions") pieces.push(...block.buttons.map((button) => button.label));
    if (block.type === "file") pieces.push(block.content);
  }
  for (const piece of pieces.map(squash).filter(Boolean)) expect(shown.includes(piece), `lost: ${piece.slice(0, 80)}`).toBe(true);
}

async function growRoboticsPartnership(bot: TestBot): Promise<void> {
  const db = bot.database.db;
  const partnership = (await bot.store.partnerships.findVisible({ platform: "console", workspaceId: "demo" }, "robotics-tx"))!;
  const round = (await db.round.findFirst({ where: { partnershipId: partnership.id }, orderBy: { opensAt: "desc" } }))!;
  const person = await bot.store.people.resolveActor({ platform: "discord", workspaceId: "g1", userId: "u1", displayName: "Priya Raman, Ridgeline Engineering", isPlatformAdmin: false });
  const reflections = bot.store.reflections;
  const thread = await reflections.trackThread({ roundId: round.id, platform: "discord", workspaceId: "g1", channelId: "c1", threadId: "t1" });
  const paragraph = "Our build night went long because the drivetrain gears slipped again; the students *insisted* on fixing it before leaving, which is exactly the persistence we hoped for. ";
  for (let index = 0; index < 40; index++) {
    await reflections.recordReflection({ thread, personId: person.id, platformMessageId: `m${index}`, body: `${index}: ${paragraph.repeat(8 + (index % 12))}`, at: new Date(Date.UTC(2026, 10, 23, 12, index)) });
  }
  for (let index = 0; index < 30; index++) {
    await db.milestone.create({ data: { partnershipId: partnership.id, title: `Milestone ${index}: showcase of the autonomous routines for families, sponsors and the district board`, dueOn: `2027-0${1 + (index % 9)}-1${index % 10}` } });
    await db.metric.create({ data: { partnershipId: partnership.id, key: `metric-${index}`, name: `Students completing the ${index}th engineering design challenge with a working prototype`, unit: "students", target: 40, baseline: 3 } });
  }
}

describe("rendering the neutral message for Discord", () => {
  it("keeps the largest real replies (help, status, show, export, reflections, asset map) within every Discord limit, nothing cut", async () => {
    testBot = await createTestBot();
    await growRoboticsPartnership(testBot);
    const lines = ["help", "status robotics-tx", "show robotics-tx", "export robotics-tx", "reflections robotics-tx", "asset list robotics-tx", "list"];
    let largest = 0;
    for (const line of lines) {
      const message = await testBot.say(line);
      const payloads = renderMessage(message, ["100000000000000005"]);
      expectWithinDiscordLimits(payloads);
      expectNothingLost(message, payloads);
      largest = Math.max(largest, payloads.length);
    }
    // The grown partnership's replies do not fit one Discord message: they were split, not cut.
    expect(largest).toBeGreaterThan(1);
  });

  it("splits an oversized message into embeds and follow-up messages without losing a character", () => {
    const huge = "word ".repeat(3000) + "x".repeat(5000);
    const message = new MessageBuilder("A heading that goes on and on ".repeat(12), "public")
      .text(huge)
      .fields(Array.from({ length: 60 }, (_, index) => ({ label: `Field ${index} `.repeat(30), value: `value ${index} `.repeat(300) })))
      .list("Items", Array.from({ length: 400 }, (_, index) => `item ${index} with some words`))
      .progress("Enrollment", 0.6, "31 of 35 ".repeat(200))
      .buttons(Array.from({ length: 32 }, (_, index) => ({ action: "checkin.start", value: String(index), label: `Button ${index} `.repeat(10) })))
      .file("export.csv", "text/csv", "a,b\n1,2\n")
      .build();
    const payloads = renderMessage(message, Array.from({ length: 120 }, (_, index) => String(100000000000000000n + BigInt(index))));
    expectWithinDiscordLimits(payloads);
    expectNothingLost({ ...message, blocks: message.blocks.filter((block) => block.type !== "actions") }, payloads);
    expect(payloads.flatMap((payload) => payload.components.flatMap((row) => row.components)).map((button) => button.custom_id)).toHaveLength(32);
    expect(payloads.map((payload) => payload.content ?? "").join(" ").match(/<@\d+>/g)).toHaveLength(120);
    expect(payloads.flatMap((payload) => payload.files.map((file) => file.name))).toEqual(["export.csv"]);
  });

  it("keeps descriptions above the fields that follow them, as the neutral message orders them", () => {
    const message = new MessageBuilder("Order").text("first").fields([{ label: "second", value: "2" }]).text("third").build();
    const [payload] = renderMessage(message);
    expect(payload!.embeds.map((embed) => [embed.description, embed.fields?.map((field) => field.name)])).toEqual([
      ["first", ["second"]],
      ["third", undefined],
    ]);
  });

  it("shows markup characters in the core's plain text as typed, and errors in red", () => {
    const [payload] = renderMessage({ ...new MessageBuilder().text("2*3 = 6, snake_case, # not a heading, `code_span` stays\n# this neither\n1. nor this").build(), error: "bad-arguments" });
    expect(payload!.embeds[0]!.description).toBe("2\\*3 = 6, snake\\_case, # not a heading, `code_span` stays\n\\# this neither\n1\\. nor this");
    expect(payload!.embeds[0]!.color).toBe(0xed4245);
    expect(payload!.allowedMentions).toEqual({ parse: [], users: [] });
  });

  it("GIVEN twelve charts with images THEN each PNG sits in the same message as the embed that shows it, ten at most per message", () => {
    const builder = new MessageBuilder("Charts").text("Twelve metrics.");
    for (let index = 0; index < 12; index += 1) {
      builder.chart({ title: `Metric ${index}`, description: `Metric ${index} over time.`, kind: "line", target: 10, series: [{ label: `Metric ${index}`, points: [{ x: "2026-09-01", y: index }] }] });
    }
    const images = Array.from({ length: 12 }, (_, index) => Buffer.from(`png ${index}`));
    const payloads = renderMessage(builder.build(), [], images);
    expectWithinDiscordLimits(payloads);
    expect(payloads.flatMap((payload) => payload.files)).toHaveLength(12);
    for (const payload of payloads) {
      const shownImages = payload.embeds.flatMap((embed) => (embed.image === undefined ? [] : [embed.image.url]));
      expect(shownImages).toEqual(payload.files.map((file) => `attachment://${file.name}`));
    }
    expect(new Set(payloads.flatMap((payload) => payload.files.map((file) => file.name))).size).toBe(12);
  });
});
