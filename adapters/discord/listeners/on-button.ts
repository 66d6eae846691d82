import { MessageFlags, type ButtonInteraction } from "discord.js";
import type { Invocation } from "../../../src/ports/actor.js";
import { STALE_BUTTON } from "../../../src/ui/fixed-answers.js";
import { decodeCustomId } from "../custom-ids.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { buildModal } from "../forms/build-modal.js";
import { answerWithinModalDeadline } from "../respond/answer-within-modal-deadline.js";
import { FORM_EXPIRED } from "../respond/send-reply.js";

/** Buttons: a core action (which may open a form), or "open part N" of a form in progress. */
export async function onButton(interaction: ButtonInteraction, invocation: Invocation, dependencies: DiscordDependencies): Promise<void> {
  const id = decodeCustomId(interaction.customId);
  if (id?.kind === "open-part") {
    const session = dependencies.sessions.find(id.sessionId, interaction.user.id);
    if (session === null) {
      await interaction.reply({ content: FORM_EXPIRED, flags: MessageFlags.Ephemeral });
      return;
    }
    await interaction.showModal(buildModal(session.form, id.part, session.id, session.values));
    return;
  }
  if (id?.kind !== "action") {
    dependencies.logger.warn({ interactionId: interaction.id, customId: interaction.customId }, "discord: unknown button answered");
    await interaction.reply({ content: STALE_BUTTON, flags: MessageFlags.Ephemeral });
    return;
  }
  await answerWithinModalDeadline(interaction, dependencies.bot.runAction(id.action, id.value, invocation), dependencies);
}
