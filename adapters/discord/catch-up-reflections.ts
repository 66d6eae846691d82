import { GatewayDispatchEvents, Routes, type Client } from "discord.js";
import type { DiscordDependencies } from "./discord-dependencies.js";
import { DISCORD } from "./read-invocation.js";

// Discord's largest page of channel messages.
const PAGE = 100;

type ThreadPacketListener = (packet: { t?: string | null; d?: unknown }) => void;

/**
 * Messages posted in reflection threads while the bot was offline: the gateway does not replay them
 * after a fresh start, so each recent thread's latest page is read and fed through the same path as
 * live messages (stored once per message id, so what is already kept is left alone).
 */
export async function catchUpReflections(client: Client, dependencies: DiscordDependencies, listener: ThreadPacketListener): Promise<void> {
  // The core says which threads may still get reflections (those of recent rounds).
  const threads = await dependencies.bot.recentReflectionThreads(DISCORD);
  for (const thread of threads) {
    try {
      const messages = (await client.rest.get(Routes.channelMessages(thread.threadId), { query: new URLSearchParams({ limit: String(PAGE) }) })) as object[];
      // Newest first from Discord; stored oldest first, as they were posted. REST messages carry no guild id.
      for (const message of [...messages].reverse()) listener({ t: GatewayDispatchEvents.MessageCreate, d: { ...message, guild_id: thread.workspaceId } });
    } catch (error) {
      dependencies.logger.warn({ err: error, threadId: thread.threadId }, "discord: could not read a reflection thread's recent messages");
    }
  }
}
