import { ComponentType, MessageFlags, type ModalSubmitInteraction } from "discord.js";
import { z } from "zod";
import type { Invocation } from "../../../src/ports/actor.js";
import { textMessage } from "../../../src/ui/message-builder.js";
import { decodeCustomId } from "../custom-ids.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { FORM_EXPIRED, sendContinue, sendMessage, sendReply } from "../respond/send-reply.js";

const TextInputSchema = z.object({ type: z.literal(ComponentType.TextInput), customId: z.string(), value: z.string() });

/** The text inputs of a submitted modal, as typed (the core reads choices by value, label or number). */
function readModalValues(interaction: ModalSubmitInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of interaction.fields.fields.values()) {
    const parsed = TextInputSchema.safeParse(field);
    if (parsed.success) values[parsed.data.customId] = parsed.data.value;
  }
  return values;
}

/**
 * A modal part: before the last, its answers wait in the form session and a button opens the next
 * part; the last part sends every answer to the core at once (nothing is stored before that).
 */
export async function onModalSubmit(interaction: ModalSubmitInteraction, invocation: Invocation, dependencies: DiscordDependencies): Promise<void> {
  const id = decodeCustomId(interaction.customId);
  if (id?.kind !== "modal") {
    dependencies.logger.warn({ interactionId: interaction.id, customId: interaction.customId }, "discord: unknown modal answered");
    await interaction.reply({ content: FORM_EXPIRED, flags: MessageFlags.Ephemeral });
    return;
  }
  await dependencies.acknowledgements.track(interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  await dependencies.acknowledgements.settled();
  const session = dependencies.sessions.find(id.sessionId, interaction.user.id);
  const values = readModalValues(interaction);
  if (session === null && id.parts > 1) {
    await sendMessage(interaction, { ...textMessage(FORM_EXPIRED), error: "closed" });
    return;
  }
  if (session !== null) dependencies.sessions.remember(session, values);
  if (session !== null && id.part < id.parts) {
    await sendContinue(interaction, session, id.part);
    return;
  }
  const answers = session === null ? values : session.values;
  const result = await dependencies.bot.submitForm(id.formId, id.context, answers, invocation);
  if (result.kind === "message" && session !== null && result.error === undefined) dependencies.sessions.close(session.id);
  await sendReply(interaction, result, dependencies, session);
}
