import type { webApi } from "@slack/bolt";
import { renderChartPng } from "../../src/ui/charts/render-chart-png.js";
import type { Block, Chart, Message } from "../../src/ui/reply.js";
import { SLACK_LIMITS } from "./render/slack-limits.js";

export type ChartBlock = Extract<Block, { type: "chart" }>;

export function chartsOf(message: Message): Chart[] {
  return message.blocks.filter((block): block is ChartBlock => block.type === "chart").map((block) => block.chart);
}

/** "chart-1-students-in-robotics-club.png": unique in its message, readable in Slack's file list. */
export function chartFilename(chart: Chart, index: number): string {
  const slug = chart.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `chart-${index + 1}${slug === "" ? "" : `-${slug}`}.png`;
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** The comment posted with a batch: each chart's title and description, which are what a screen reader needs. */
function initialComment(charts: readonly Chart[]): string {
  const lines = charts.map((chart) => (charts.length === 1 ? chart.description : `${chart.title}: ${chart.description}`));
  return clip(lines.join("\n"), SLACK_LIMITS.fileComment);
}

/**
 * Each chart as a PNG in the conversation (files.uploadV2), titled with the chart's title and with
 * its description as alt text and comment; at most `filesPerUpload` files per call, Slack's own cap
 * on files.completeUploadExternal. The message keeps the words (latest against target) either way.
 */
export async function uploadCharts(client: webApi.WebClient, channelId: string, charts: readonly Chart[]): Promise<void> {
  for (let start = 0; start < charts.length; start += SLACK_LIMITS.filesPerUpload) {
    const batch = charts.slice(start, start + SLACK_LIMITS.filesPerUpload);
    const images = await Promise.all(batch.map((chart) => renderChartPng(chart)));
    const fileUploads = batch.map((chart, index) => ({
      file: images[index]!,
      filename: chartFilename(chart, start + index),
      title: clip(chart.title, SLACK_LIMITS.fileTitle),
      alt_text: clip(chart.description, SLACK_LIMITS.imageAltText),
    }));
    await client.filesUploadV2({ channel_id: channelId, initial_comment: initialComment(batch), file_uploads: fileUploads });
  }
}
