import { PermanentDeliveryError, RetryableDeliveryError, type ChatPlatform, type Delivery, type DeliveryReceipt } from "../../src/ports/delivery.js";
import { classifyDeliveryError } from "./classify-delivery-error.js";
import { renderMessage } from "./render/render-message.js";
import { SLACK } from "./slack-platform-name.js";
import { chartsOf, uploadCharts } from "./upload-charts.js";
import { filesOf, uploadFiles } from "./upload-files.js";
import type { WorkspaceClients } from "./workspace-clients.js";

const SLACK_ID = /^[A-Za-z0-9._-]+$/;

/** The Slack message id the store keeps: channel and ts of the message that carries the buttons. */
export function formatMessageId(channel: string, ts: string): string {
  return `${channel}:${ts}`;
}

export function parseMessageId(platformMessageId: string): { channel: string; ts: string } | null {
  const match = /^([A-Za-z0-9_-]+):(\d+\.\d+)$/.exec(platformMessageId);
  return match === null ? null : { channel: match[1]!, ts: match[2]! };
}

/**
 * Delivers outbox rows to Slack, each with the token of its row's workspace: a channel target posts
 * there with the mentions on top, a user target opens the DM first. A message too long for one Slack message goes as several; if one of them
 * fails, the retry goes on from that one instead of posting the earlier ones again.
 */
export class SlackPlatform implements ChatPlatform {
  readonly platform = SLACK;
  // Slack allows about one message per second per channel.
  readonly pacing = { perTargetIntervalMs: 1000 };
  private readonly unfinished = new Map<number, { channel: string; posted: number; lastTs: string; filesSent: boolean }>();

  constructor(private readonly clients: WorkspaceClients) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    if (!SLACK_ID.test(delivery.target.id)) throw new PermanentDeliveryError(`"${delivery.target.id}" is not a Slack channel or user id`);
    try {
      return await this.post(delivery);
    } catch (error) {
      const classified = error instanceof PermanentDeliveryError || error instanceof RetryableDeliveryError ? error : classifyDeliveryError(error, `${delivery.target.kind}:${delivery.target.id}`);
      if (classified instanceof PermanentDeliveryError) this.unfinished.delete(delivery.promptId);
      throw classified;
    }
  }

  private async post(delivery: Delivery): Promise<DeliveryReceipt> {
    const { kind, id } = delivery.target;
    const { message, mentions } = delivery.message;
    const files = filesOf(message);
    const charts = chartsOf(message);
    const parts = renderMessage(message, { mentions, fileDestination: "is attached below." });
    const client = await this.clients.forWorkspace(delivery.workspaceId);
    const progress = this.unfinished.get(delivery.promptId) ?? { channel: kind === "channel" ? id : await openDirect(client, id), posted: 0, lastTs: "", filesSent: files.length === 0 && charts.length === 0 };
    this.unfinished.set(delivery.promptId, progress);
    for (const part of parts.slice(progress.posted)) {
      const posted = await client.chat.postMessage({ channel: progress.channel, text: part.text, blocks: part.blocks, unfurl_links: false, unfurl_media: false });
      progress.posted += 1;
      progress.lastTs = posted.ts ?? progress.lastTs;
    }
    if (!progress.filesSent) {
      await uploadFiles(client, progress.channel, files);
      await uploadCharts(client, progress.channel, charts);
    }
    this.unfinished.delete(delivery.promptId);
    return { platformMessageId: formatMessageId(progress.channel, progress.lastTs) };
  }

}

async function openDirect(client: Awaited<ReturnType<WorkspaceClients["forWorkspace"]>>, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (channel === undefined) throw new RetryableDeliveryError(`conversations.open gave no channel for ${userId}`);
  return channel;
}
