// Gateway and REST payloads as Discord sends them (API v10), for the fake and the tests.

export const FAKE_IDS = {
  application: "100000000000000001",
  bot: "100000000000000002",
  guild: "100000000000000003",
  channel: "100000000000000004",
  reflectionsChannel: "100000000000000006",
  admin: "100000000000000005",
  member: "100000000000000007",
} as const;

/** Every permission bit, as Discord reports it for a server owner. */
export const ALL_PERMISSIONS = "2251799813685247";
/** View Channel and Send Messages only: no Manage Server. */
export const MEMBER_PERMISSIONS = String((1 << 10) | (1 << 11));

let snowflake = 200000000000000000n;
export const nextSnowflake = (): string => String(++snowflake);

export interface FakeUser {
  id: string;
  username: string;
  globalName: string | null;
  nick: string | null;
  permissions: string;
}

export const ADMIN: FakeUser = { id: FAKE_IDS.admin, username: "alice", globalName: "Alice Admin", nick: "Alice (district office)", permissions: ALL_PERMISSIONS };
export const MEMBER: FakeUser = { id: FAKE_IDS.member, username: "bo", globalName: "Bo Member", nick: null, permissions: MEMBER_PERMISSIONS };

export const botUser = () => ({ id: FAKE_IDS.bot, username: "partnerbot", discriminator: "0", global_name: null, avatar: null, bot: true });

export function apiUser(user: FakeUser) {
  return { id: user.id, username: user.username, discriminator: "0", global_name: user.globalName, avatar: null };
}

export function apiMember(user: FakeUser) {
  return {
    user: apiUser(user),
    roles: [],
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    permissions: user.permissions,
    nick: user.nick,
    avatar: null,
    communication_disabled_until: null,
  };
}

function textChannel(id: string, name: string) {
  return { id, type: 0, name, position: 0, parent_id: null, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 };
}

export function threadChannel(fields: { id: string; parent_id: string; guild_id: string; name: string; auto_archive_duration?: number; archived?: boolean }) {
  return {
    id: fields.id,
    type: 11,
    guild_id: fields.guild_id,
    parent_id: fields.parent_id,
    name: fields.name,
    owner_id: FAKE_IDS.bot,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    flags: 0,
    thread_metadata: { archived: fields.archived ?? false, auto_archive_duration: fields.auto_archive_duration ?? 1440, archive_timestamp: new Date().toISOString(), locked: false },
  };
}

export function defaultGuild() {
  return {
    id: FAKE_IDS.guild,
    name: "Robotics Partners",
    icon: null,
    owner_id: FAKE_IDS.admin,
    unavailable: false,
    large: false,
    member_count: 3,
    joined_at: "2024-01-01T00:00:00.000Z",
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: "en-US",
    features: [],
    emojis: [],
    stickers: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: [{ id: FAKE_IDS.guild, name: "@everyone", permissions: MEMBER_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    members: [{ ...apiMember({ ...MEMBER, id: FAKE_IDS.bot }), user: botUser() }],
    channels: [textChannel(FAKE_IDS.channel, "robotics"), textChannel(FAKE_IDS.reflectionsChannel, "reflections")],
    threads: [],
  };
}

/** Another server like the default one, with its own id and one text channel: for sharding. */
export function otherGuild(id: string, channelId: string, name = "Solar Partners") {
  const guild = defaultGuild();
  return { ...guild, id, name, roles: guild.roles.map((role) => ({ ...role, id })), channels: [textChannel(channelId, "solar")] };
}

/** An interaction moved into another server's channel. */
export function inGuild<T extends Record<string, any>>(interaction: T, guildId: string, channelId: string): T {
  return { ...interaction, guild_id: guildId, channel_id: channelId, channel: { ...interaction.channel, id: channelId, guild_id: guildId }, authorizing_integration_owners: { 0: guildId } };
}

export function fakeMessage(fields: Record<string, any>) {
  return {
    id: nextSnowflake(),
    type: 0,
    content: "",
    channel_id: FAKE_IDS.channel,
    author: apiUser(ADMIN),
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    flags: 0,
    components: [],
    ...fields,
  };
}

/** A MESSAGE_CREATE by a person in a guild channel: `member` comes without `user`, as on Discord. */
export function guildMessage(channelId: string, content: string, user: FakeUser = ADMIN, id = nextSnowflake()) {
  const { user: _user, ...member } = apiMember(user);
  return { ...fakeMessage({ id, channel_id: channelId, content, author: apiUser(user) }), guild_id: FAKE_IDS.guild, member };
}

function interactionBase(user: FakeUser, options: { guild?: boolean; channelId?: string } = {}) {
  const channelId = options.channelId ?? FAKE_IDS.channel;
  const where =
    options.guild === false
      ? { user: apiUser(user), channel_id: channelId, channel: { id: channelId, type: 1 }, context: 1 }
      : { guild_id: FAKE_IDS.guild, member: apiMember(user), channel_id: channelId, channel: { id: channelId, type: 0, guild_id: FAKE_IDS.guild, name: "robotics" }, guild_locale: "en-US", context: 0 };
  return {
    id: nextSnowflake(),
    application_id: FAKE_IDS.application,
    token: `interaction-token-${nextSnowflake()}`,
    version: 1,
    locale: "en-US",
    app_permissions: ALL_PERMISSIONS,
    entitlements: [],
    authorizing_integration_owners: { 0: FAKE_IDS.guild },
    ...where,
  };
}

export type OptionValue = string | number | boolean;

/** `/partner <group?> <subcommand> option:value ...` as Discord sends it; option types as registered. */
export function slashCommand(
  path: string[],
  options: { name: string; type: number; value: OptionValue; focused?: boolean }[] = [],
  fields: { user?: FakeUser; guild?: boolean; type?: number; resolvedUsers?: FakeUser[] } = {},
) {
  const leaf = { name: path.at(-1)!, type: 1, options };
  const tree = path.length === 2 ? [{ name: path[0]!, type: 2, options: [leaf] }] : path.length === 1 ? [leaf] : [];
  const resolved =
    fields.resolvedUsers === undefined
      ? undefined
      : {
          users: Object.fromEntries(fields.resolvedUsers.map((user) => [user.id, apiUser(user)])),
          members: Object.fromEntries(fields.resolvedUsers.map((user) => [user.id, (({ user: _u, ...member }) => member)(apiMember(user))])),
        };
  return {
    ...interactionBase(fields.user ?? ADMIN, { guild: fields.guild }),
    type: fields.type ?? 2,
    data: { id: FAKE_IDS.application, name: "partner", type: 1, options: tree, ...(resolved === undefined ? {} : { resolved }) },
  };
}

/** A click on a button with this custom_id, on a message the bot posted. */
export function buttonClick(customId: string, user: FakeUser = ADMIN, options: { guild?: boolean } = {}) {
  return {
    ...interactionBase(user, options),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: fakeMessage({ author: botUser(), content: "", components: [] }),
  };
}

/** A modal submission with label-wrapped text inputs, as Discord sends them for our modals. */
export function modalSubmit(customId: string, values: Record<string, string>, user: FakeUser = ADMIN) {
  return {
    ...interactionBase(user),
    type: 5,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({ type: 18, id: 1, component: { type: 4, custom_id: id, value } })),
    },
  };
}
