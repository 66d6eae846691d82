import { ChannelType, Routes, ThreadAutoArchiveDuration, type APIMessage, type APIThreadChannel, type Client } from "discord.js";
import type { ChatPlatform, Delivery, DeliveryReceipt } from "../../src/scheduler/chat-platform.js";
import { PermanentDeliveryError } from "../../src/scheduler/chat-platform.js";
import type { ReflectionsStore } from "../../src/store/reflections-store.js";
import type { OutboundMessage } from "../../src/ui/reply.js";
import { DISCORD_LIMITS } from "./discord-limits.js";
import { fitText } from "./fit-text.js";
import { DISCORD } from "./read-invocation.js";
import { renderMessage } from "./render/render-message.js";
import { toDeliveryError } from "./to-delivery-error.js";

function channelOf(target: string): string {
  const match = /^channel:(\d{1,20})$/.exec(target);
  // Discord quarantines bots that DM many people, so prompts go to channels with mentions.
  if (match === null) throw new PermanentDeliveryError(`Discord deliveries go to a channel (channel:<id>), not "${target}": link a channel to the partnership.`);
  return match[1]!;
}

/** Posts the outbox's messages to Discord channels and opens the per-round reflection threads. */
export class DiscordPlatform implements ChatPlatform {
  readonly platform = DISCORD;

  constructor(
    private readonly client: Client,
    private readonly reflections: ReflectionsStore,
  ) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    try {
      const channelId = channelOf(delivery.target);
      if (delivery.kind === "reflection-thread") return await this.openReflectionThread(delivery, channelId);
      return { platformMessageId: await this.post(channelId, delivery.message) };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /** Posts a message (split as rendering needs) and returns the first message's id. */
  private async post(channelId: string, outbound: OutboundMessage): Promise<string> {
    await this.unarchiveIfThread(channelId);
    let firstId: string | undefined;
    for (const payload of renderMessage(outbound.message, outbound.mentions)) {
      const { files, allowedMentions, ...body } = payload;
      const sent = (await this.client.rest.post(Routes.channelMessages(channelId), {
        body: { ...body, allowed_mentions: { parse: allowedMentions.parse, users: allowedMentions.users }, ...(files.length === 0 ? {} : { attachments: files.map((file, index) => ({ id: index, filename: file.name })) }) },
        files: files.map((file) => ({ name: file.name, data: file.attachment, contentType: file.contentType })),
      })) as APIMessage;
      firstId ??= sent.id;
    }
    return firstId!;
  }

  // Discord refuses posts in an archived thread: reopen it first (threads archive after at most a week).
  private async unarchiveIfThread(channelId: string): Promise<void> {
    const channel = await this.client.channels.fetch(channelId);
    if (channel?.isThread() && channel.archived === true) await channel.setArchived(false, "posting a partnership update");
  }

  /**
   * The round's reflection thread in a linked channel, recorded before the invitation is posted so a
   * retried delivery reuses it instead of opening a second thread.
   */
  private async openReflectionThread(delivery: Delivery, channelId: string): Promise<DeliveryReceipt> {
    if (delivery.roundId === null) throw new PermanentDeliveryError("A reflection thread belongs to a round, and this delivery names none.");
    const known = await this.reflections.findRoundThread(delivery.roundId, DISCORD, channelId);
    let threadId = known?.threadId;
    if (threadId === undefined) {
      const name = fitText(delivery.message.message.heading ?? "Reflections", DISCORD_LIMITS.threadName);
      const thread = (await this.client.rest.post(Routes.threads(channelId), {
        body: { name, type: ChannelType.PublicThread, auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
        reason: "reflections for a check-in round",
      })) as APIThreadChannel;
      const tracked = await this.reflections.trackThread({ roundId: delivery.roundId, platform: DISCORD, workspaceId: delivery.workspaceId, channelId, threadId: thread.id });
      threadId = tracked.threadId;
    }
    return { platformMessageId: await this.post(threadId, delivery.message) };
  }
}
