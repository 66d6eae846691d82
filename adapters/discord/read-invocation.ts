import { PermissionFlagsBits, PermissionsBitField, type Interaction } from "discord.js";
import { z } from "zod";
import type { Actor, Invocation } from "../../src/ports/actor.js";

export const DISCORD = "discord";

const Snowflake = z.string().regex(/^\d{1,20}$/);

const IdentitySchema = z.object({
  guildId: Snowflake,
  channelId: Snowflake.nullish(),
  userId: Snowflake,
  nick: z.string().nullish(),
  globalName: z.string().nullish(),
  username: z.string().min(1),
  manageGuild: z.boolean(),
});

export type DiscordIdentity = z.infer<typeof IdentitySchema>;

/** A Discord member as the core's actor: the server is the workspace; Manage Server makes a coordinator. */
export function toActor(identity: DiscordIdentity): Actor {
  return {
    platform: DISCORD,
    workspaceId: identity.guildId,
    userId: identity.userId,
    displayName: identity.nick || identity.globalName || identity.username,
    isPlatformAdmin: identity.manageGuild,
  };
}

/** Who is asking and where; null outside a server (a DM), where partnerships do not live. */
export function readInvocation(interaction: Interaction): Invocation | null {
  const member = interaction.member;
  const nick = member === null ? null : "nickname" in member ? member.nickname : member.nick;
  const permissions = interaction.memberPermissions ?? (member !== null && typeof member.permissions === "string" ? new PermissionsBitField(BigInt(member.permissions)) : null);
  const parsed = IdentitySchema.safeParse({
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    nick,
    globalName: interaction.user.globalName,
    username: interaction.user.username,
    manageGuild: permissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  });
  if (!parsed.success) return null;
  return { actor: toActor(parsed.data), channelId: parsed.data.channelId ?? undefined };
}
