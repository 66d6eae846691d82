import { renderChartPng } from "../../../src/ui/charts/render-chart-png.js";
import type { Message } from "../../../src/ui/reply.js";
import { renderMessage, type DiscordMessagePayload } from "./render-message.js";

/**
 * Discord shows an embed's image at most 400 CSS pixels wide: twice that stays sharp on high-density
 * screens, and is a third fewer bytes to draw and upload than the 960 that platforms default to
 * (bench:discord-ack, where the uploads were a quarter of the bot's CPU).
 */
const CHART_WIDTH = 800;

/** renderMessage with each chart block drawn as a PNG, attached and shown as its embed's image. */
export async function renderMessageWithCharts(message: Message, mentions: string[] = []): Promise<DiscordMessagePayload[]> {
  const charts = message.blocks.flatMap((block) => (block.type === "chart" ? [block.chart] : []));
  const images = await Promise.all(charts.map((chart) => renderChartPng(chart, CHART_WIDTH)));
  return renderMessage(message, mentions, images);
}
