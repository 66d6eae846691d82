import { createHash } from "node:crypto";
import { ChannelType, Routes, ThreadAutoArchiveDuration, type APIChannel, type APIMessage, type APIThreadChannel, type Client } from "discord.js";
import type { ChatPlatform, Delivery, DeliveryReceipt } from "../../src/ports/delivery.js";
import { PermanentDeliveryError } from "../../src/ports/delivery.js";
import type { Core } from "../../src/ports/core.js";
import type { OutboundMessage } from "../../src/ui/reply.js";
import { DISCORD_LIMITS } from "./discord-limits.js";
import { fitText } from "./fit-text.js";
import { DISCORD } from "./read-invocation.js";
import { renderMessageWithCharts } from "./render/render-message-with-charts.js";
import { toDeliveryError } from "./to-delivery-error.js";

const SNOWFLAKE = /^\d{1,20}$/;
const PLAIN_CHANNELS_REMEMBERED = 10_000;

/**
 * Posts the outbox's messages to Discord: in channels with mentions (a direct message only when the
 * scheduler found no linked channel), and opens the per-round reflection threads.
 */
/** Discord nonces are at most 25 characters: a digest of the outbox row's key and the part's index. */
function nonceOf(idempotencyKey: string, part: number): string {
  return createHash("sha256").update(`${idempotencyKey}#${part}`).digest("base64url").slice(0, 25);
}

export class DiscordPlatform implements ChatPlatform {
  readonly platform = DISCORD;
  // Discord allows 50 requests a second per bot, shared with interaction answers, and a delivery can
  // take two or three (open a thread, reopen an archived one, post): the outbox keeps well below.
  readonly pacing = { perSecond: 20 };
  /** Channels that are no thread (a channel's type does not become a thread), for a detached client. */
  private readonly plainChannels = new Set<string>();

  constructor(
    private readonly client: Client,
    private readonly core: Core,
  ) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    const { kind, id } = delivery.target;
    if (!SNOWFLAKE.test(id)) throw new PermanentDeliveryError(`Not a Discord ${kind} id: "${id}".`);
    try {
      if (kind === "user") {
        if (delivery.kind === "reflection-thread") throw new PermanentDeliveryError("A reflection thread opens in a channel, not in a direct message.");
        // The scheduler's fallback when no channel is linked: one person, never a bulk DM.
        const dm = (await this.client.rest.post(Routes.userChannels(), { body: { recipient_id: id } })) as APIChannel;
        return { platformMessageId: await this.post(dm.id, delivery.message, delivery.idempotencyKey) };
      }
      if (delivery.kind === "reflection-thread") return await this.openReflectionThread(delivery, id);
      await this.unarchiveIfThread(id);
      return { platformMessageId: await this.post(id, delivery.message, delivery.idempotencyKey) };
    } catch (error) {
      throw toDeliveryError(error);
    }
  }

  /**
   * Posts a message (split as rendering needs) and returns the first message's id. With an
   * idempotency key, each part carries a nonce Discord enforces: a resend after a crash (the outbox
   * row's lease ran out before its result was recorded) returns the message already posted.
   */
  private async post(channelId: string, outbound: OutboundMessage, idempotencyKey?: string): Promise<string> {
    let firstId: string | undefined;
    for (const [index, payload] of (await renderMessageWithCharts(outbound.message, outbound.mentions)).entries()) {
      const { files, allowedMentions, ...body } = payload;
      const nonce = idempotencyKey === undefined ? {} : { nonce: nonceOf(idempotencyKey, index), enforce_nonce: true };
      const sent = (await this.client.rest.post(Routes.channelMessages(channelId), {
        body: { ...body, ...nonce, allowed_mentions: { parse: allowedMentions.parse, users: allowedMentions.users }, ...(files.length === 0 ? {} : { attachments: files.map((file, index) => ({ id: index, filename: file.name })) }) },
        files: files.map((file) => ({ name: file.name, data: file.attachment, contentType: file.contentType })),
      })) as APIMessage;
      firstId ??= sent.id;
    }
    return firstId!;
  }

  // Discord refuses posts in an archived thread: reopen it first (threads archive after at most a week).
  // A client with no gateway (the sharded bot's main process) has no guilds and nothing to keep a
  // cache fresh: it reads the channel each time, except channels it has seen are not threads.
  private async unarchiveIfThread(channelId: string): Promise<void> {
    const detached = !this.client.isReady();
    if (detached && this.plainChannels.has(channelId)) return;
    const channel = await this.client.channels.fetch(channelId, detached ? { allowUnknownGuild: true, cache: false } : {});
    if (channel?.isThread() && channel.archived === true) await channel.setArchived(false, "posting a partnership update");
    if (detached && channel !== null && !channel.isThread()) this.rememberPlain(channelId);
  }

  private rememberPlain(channelId: string): void {
    if (this.plainChannels.size >= PLAIN_CHANNELS_REMEMBERED) this.plainChannels.clear();
    this.plainChannels.add(channelId);
  }

  /**
   * The round's reflection thread in a linked channel, recorded before the invitation is posted so a
   * retried delivery reuses it instead of opening a second thread.
   */
  private async openReflectionThread(delivery: Delivery, channelId: string): Promise<DeliveryReceipt> {
    const roundId = delivery.roundId;
    if (roundId === null) throw new PermanentDeliveryError("A reflection thread belongs to a round, and this delivery names none.");
    const known = await this.core.findRoundThread(roundId, DISCORD, channelId);
    if (known !== null) await this.unarchiveIfThread(known.threadId);
    const threadId = known?.threadId ?? (await this.createThread(delivery, roundId, channelId));
    return { platformMessageId: await this.post(threadId, delivery.message, delivery.idempotencyKey) };
  }

  private async createThread(delivery: Delivery, roundId: number, channelId: string): Promise<string> {
    const name = fitText(delivery.message.message.heading ?? "Reflections", DISCORD_LIMITS.threadName);
    const thread = (await this.client.rest.post(Routes.threads(channelId), {
      body: { name, type: ChannelType.PublicThread, auto_archive_duration: ThreadAutoArchiveDuration.OneWeek },
      reason: "reflections for a check-in round",
    })) as APIThreadChannel;
    const tracked = await this.core.trackRoundThread({ roundId, platform: DISCORD, workspaceId: delivery.workspaceId, channelId, threadId: thread.id });
    return tracked.threadId;
  }

}
