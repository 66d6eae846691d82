import { AttachmentBuilder, MessageFlags, type BaseMessageOptions, type RepliableInteraction as DiscordRepliableInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type ModalSubmitInteraction } from "discord.js";
import type { DiscordMessagePayload } from "../render/render-message.js";

export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

export function toMessageOptions(payload: DiscordMessagePayload): BaseMessageOptions {
  return {
    ...(payload.content === undefined ? {} : { content: payload.content }),
    embeds: payload.embeds,
    components: payload.components,
    files: payload.files.map((file) => new AttachmentBuilder(file.attachment, { name: file.name })),
    allowedMentions: payload.allowedMentions,
  };
}

/**
 * Answers an interaction with one or more rendered messages, whether or not it was deferred.
 * Deferrals are ephemeral (the reply's visibility is not known yet), so a public answer to a
 * deferred interaction is posted as a follow-up and the "thinking" placeholder removed.
 */
export async function sendPayloads(interaction: RepliableInteraction, payloads: DiscordMessagePayload[], visibility: "ephemeral" | "public"): Promise<void> {
  const flags = visibility === "ephemeral" ? MessageFlags.Ephemeral : undefined;
  const [first, ...rest] = payloads.map(toMessageOptions);
  if (first === undefined) return;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...first, flags });
  } else if (interaction.deferred && interaction.ephemeral === true && visibility === "public") {
    await interaction.followUp({ ...first });
    for (const options of rest) await interaction.followUp({ ...options });
    await interaction.deleteReply();
    return;
  } else {
    await interaction.editReply(first);
  }
  for (const options of rest) await interaction.followUp({ ...options, flags });
}

/** A short ephemeral text answer, as a reply or as the edit of an (ephemeral) deferral. */
export async function answerWithText(interaction: DiscordRepliableInteraction, content: string): Promise<void> {
  if (interaction.deferred) await interaction.editReply({ content });
  else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}
