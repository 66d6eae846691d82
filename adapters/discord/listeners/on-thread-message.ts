import { GatewayDispatchEvents, PermissionFlagsBits, Routes, type Client } from "discord.js";
import { z } from "zod";
import type { ThreadMessagePosted } from "../../../src/ports/inbound-events.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { DISCORD, toActor } from "../read-invocation.js";

const Snowflake = z.string().regex(/^\d{1,20}$/);
const AuthorSchema = z.object({ id: Snowflake, username: z.string(), global_name: z.string().nullish(), bot: z.boolean().optional() });
const AttachmentSchema = z.object({ filename: z.string(), url: z.string() });
// 0 is an ordinary message, 19 a reply; everything else (joins, pins, thread starters) is the system's.
const PERSON_MESSAGE_TYPES = new Set([0, 19]);

const MessageCreateSchema = z.object({
  id: Snowflake,
  channel_id: Snowflake,
  guild_id: Snowflake,
  type: z.number(),
  content: z.string(),
  timestamp: z.iso.datetime({ offset: true }),
  author: AuthorSchema,
  webhook_id: Snowflake.optional(),
  member: z.object({ nick: z.string().nullish(), roles: z.array(Snowflake).default([]) }).optional(),
  attachments: z.array(AttachmentSchema).default([]),
});
const MessageUpdateSchema = MessageCreateSchema.partial().extend({ id: Snowflake, channel_id: Snowflake, edited_timestamp: z.iso.datetime({ offset: true }).nullish() });
const MessageDeleteSchema = z.object({ id: Snowflake, channel_id: Snowflake });
const MessageDeleteBulkSchema = z.object({ ids: z.array(Snowflake), channel_id: Snowflake });

type MessageCreate = z.infer<typeof MessageCreateSchema>;

const RECORDED = "✅";

function bodyOf(message: Pick<MessageCreate, "content" | "attachments">): string {
  return [message.content.trim(), ...message.attachments.map((attachment) => `Attachment: ${attachment.filename} ${attachment.url}`)].filter(Boolean).join("\n");
}

/** Manage Server (or Administrator) from the server's roles: a message carries role ids, not permissions. */
function managesServer(client: Client, guildId: string, userId: string, roleIds: string[]): boolean {
  const guild = client.guilds.cache.get(guildId);
  if (guild === undefined) return false;
  if (guild.ownerId === userId) return true;
  const bits = [guildId, ...roleIds].reduce((all, roleId) => all | (guild.roles.cache.get(roleId)?.permissions.bitfield ?? 0n), 0n);
  return (bits & (PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild)) !== 0n;
}

/** A person's message as the core's event; null for bots, webhooks, system messages and empty ones. */
function toPosted(client: Client, message: MessageCreate): ThreadMessagePosted | null {
  const body = bodyOf(message);
  if (message.author.bot === true || message.webhook_id !== undefined || !PERSON_MESSAGE_TYPES.has(message.type) || body === "") return null;
  const author = toActor({
    guildId: message.guild_id,
    userId: message.author.id,
    nick: message.member?.nick,
    globalName: message.author.global_name,
    username: message.author.username,
    manageGuild: managesServer(client, message.guild_id, message.author.id, message.member?.roles ?? []),
  });
  return { kind: "posted", platform: DISCORD, threadId: message.channel_id, messageId: message.id, author, body, postedAt: new Date(message.timestamp) };
}

async function handle(client: Client, type: string, data: unknown, dependencies: DiscordDependencies): Promise<void> {
  const { bot, logger } = dependencies;
  const channelId = z.object({ channel_id: Snowflake }).safeParse(data);
  if (!channelId.success) return;
  const parsed =
    type === GatewayDispatchEvents.MessageCreate
      ? MessageCreateSchema.safeParse(data)
      : type === GatewayDispatchEvents.MessageUpdate
        ? MessageUpdateSchema.safeParse(data)
        : type === GatewayDispatchEvents.MessageDelete
          ? MessageDeleteSchema.safeParse(data)
          : MessageDeleteBulkSchema.safeParse(data);
  if (!parsed.success) {
    logger.warn({ type, channelId: channelId.data.channel_id, issues: parsed.error.issues.map((issue) => issue.path.join(".")) }, "discord: thread message of an unexpected shape ignored");
    return;
  }
  const threadId = channelId.data.channel_id;
  if (type === GatewayDispatchEvents.MessageCreate) {
    const message = parsed.data as MessageCreate;
    const posted = toPosted(client, message);
    if (posted === null) return;
    // Only after the commit: the reaction tells the author their reflection is kept.
    if ((await bot.receiveThreadMessage(posted)) === "recorded") await react(client, message, dependencies);
    return;
  }
  if (type === GatewayDispatchEvents.MessageUpdate) {
    const update = parsed.data as z.infer<typeof MessageUpdateSchema>;
    if (update.content === undefined) return; // an embed unfurled, not an edit
    const whole = MessageCreateSchema.safeParse(data);
    const posted = whole.success ? toPosted(client, whole.data) : null;
    const outcome = await bot.receiveThreadMessage({
      kind: "edited",
      platform: DISCORD,
      threadId,
      messageId: update.id,
      body: bodyOf({ content: update.content, attachments: update.attachments ?? [] }),
      ...(update.edited_timestamp ? { editedAt: new Date(update.edited_timestamp) } : {}),
      ...(posted === null ? {} : { whole: posted }),
    });
    if (outcome === "recorded" && whole.success) await react(client, whole.data, dependencies);
    return;
  }
  const messageIds = "ids" in parsed.data ? parsed.data.ids : [(parsed.data as z.infer<typeof MessageDeleteSchema>).id];
  await bot.receiveThreadMessage({ kind: "deleted", platform: DISCORD, threadId, messageIds });
}

async function react(client: Client, message: MessageCreate, dependencies: DiscordDependencies): Promise<void> {
  await client.rest.put(Routes.channelMessageOwnReaction(message.channel_id, message.id, encodeURIComponent(RECORDED))).catch((error: unknown) => {
    dependencies.logger.warn({ err: error, channelId: message.channel_id, messageId: message.id }, "discord: could not react to a recorded reflection");
  });
}

const THREAD_EVENTS = new Set<string>([GatewayDispatchEvents.MessageCreate, GatewayDispatchEvents.MessageUpdate, GatewayDispatchEvents.MessageDelete, GatewayDispatchEvents.MessageDeleteBulk]);

/**
 * Messages in tracked reflection threads, read from the raw gateway events so that threads and
 * messages discord.js has not cached (after a restart, archived threads) are seen too. Events of
 * one channel are handled in order, so an edit never overtakes the message it edits.
 */
export function createThreadMessageListener(client: Client, dependencies: DiscordDependencies): (packet: { t?: string | null; d?: unknown }) => void {
  const queues = new Map<string, Promise<void>>();
  return (packet) => {
    if (packet.t == null || !THREAD_EVENTS.has(packet.t)) return;
    const type = packet.t;
    const channelId = (packet.d as { channel_id?: unknown } | undefined)?.channel_id;
    const key = typeof channelId === "string" ? channelId : "";
    // Ordinary channels are cached from the start: their chatter needs no database lookup.
    const cached = client.channels.cache.get(key);
    if (cached !== undefined && !cached.isThread()) return;
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous
      .then(() => handle(client, type, packet.d, dependencies))
      .catch((error: unknown) => dependencies.logger.error({ err: error, type, channelId: key }, "discord: thread message failed"))
      .finally(() => {
        if (queues.get(key) === next) queues.delete(key);
      });
    queues.set(key, next);
  };
}
