import { renderChartPng } from "../../../src/ui/charts/render-chart-png.js";
import type { Message } from "../../../src/ui/reply.js";
import { renderMessage, type DiscordMessagePayload } from "./render-message.js";

/** renderMessage with each chart block drawn as a PNG, attached and shown as its embed's image. */
export async function renderMessageWithCharts(message: Message, mentions: string[] = []): Promise<DiscordMessagePayload[]> {
  const charts = message.blocks.flatMap((block) => (block.type === "chart" ? [block.chart] : []));
  const images = await Promise.all(charts.map((chart) => renderChartPng(chart)));
  return renderMessage(message, mentions, images);
}
