import { Options, type ClientOptions } from "discord.js";

/**
 * discord.js caches what the gateway sends unless told otherwise. The adapter reads only servers
 * (owner, roles for the Manage Server check on thread messages), channels and threads (is a channel a
 * thread, is it archived) and its own user; everything else is answered from the event's own data
 * or from REST, so those caches keep nothing. Archived threads are swept, as discord.js does by default.
 */
export const DISCORD_CACHE_OPTIONS: Pick<ClientOptions, "makeCache" | "sweepers"> = {
  makeCache: Options.cacheWithLimits({
    ApplicationCommandManager: 0,
    ApplicationEmojiManager: 0,
    AutoModerationRuleManager: 0,
    BaseGuildEmojiManager: 0,
    DMMessageManager: 0,
    EntitlementManager: 0,
    GuildBanManager: 0,
    GuildEmojiManager: 0,
    GuildInviteManager: 0,
    GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    GuildMessageManager: 0,
    GuildScheduledEventManager: 0,
    GuildStickerManager: 0,
    MessageManager: 0,
    PresenceManager: 0,
    ReactionManager: 0,
    ReactionUserManager: 0,
    StageInstanceManager: 0,
    ThreadMemberManager: 0,
    UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
    VoiceStateManager: 0,
  }),
  sweepers: Options.DefaultSweeperSettings,
};
