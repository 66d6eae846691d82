import { afterEach, describe, expect, it } from "vitest";
import { renderMessage as renderDiscordMessage } from "../../adapters/discord/render/render-message.js";
import { DISCORD_LIMITS } from "../../adapters/discord/discord-limits.js";
import { renderMessage as renderSlackMessage } from "../../adapters/slack/render/render-message.js";
import { messageLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import type { Chart, Message } from "../../src/ui/reply.js";
import { createTestBot, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const chartsOf = (message: Message): Chart[] => message.blocks.flatMap((block) => (block.type === "chart" ? [block.chart] : []));

describe("charts in status", () => {
  it("draws each metric with readings over time against its baseline and target", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("status robotics-tx", visitor);
    const charts = chartsOf(message);
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(chart.kind).toBe("line");
      expect(chart.series[0]!.points.length).toBeGreaterThan(0);
      expect(chart.target).toBeDefined();
      expect(chart.baseline).toBeDefined();
      const dates = chart.series[0]!.points.map((point) => point.x);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("draws at most four metrics, and the answer stays within Slack's and Discord's limits", async () => {
    testBot = await createTestBot();
    const partnership = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    for (let index = 0; index < 8; index += 1) {
      const metric = await testBot.store.db.metric.create({ data: { partnershipId: partnership.id, key: `extra-${index}`, name: `Extra metric ${index}`, target: 10, createdAt: new Date(Date.UTC(2026, 0, 1)) } });
      await testBot.store.db.metricReading.createMany({ data: [3, 5, 8].map((value, week) => ({ metricId: metric.id, value, note: "", recordedAt: new Date(Date.UTC(2026, 8, 1 + week * 7)) })) });
    }
    const message = await testBot.say("status robotics-tx", visitor);
    expect(chartsOf(message)).toHaveLength(4);
    const slack = renderSlackMessage(message);
    expect(slack).toHaveLength(1);
    expect(slack.flatMap((part) => messageLimitViolations(part as never))).toEqual([]);
    const discord = renderDiscordMessage(message, [], chartsOf(message).map(() => Buffer.from("png")));
    for (const payload of discord) {
      expect(payload.files.length).toBeLessThanOrEqual(DISCORD_LIMITS.filesPerMessage);
      expect(payload.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
    }
    expect(discord.flatMap((payload) => payload.files)).toHaveLength(4);
  });
});
