import { MessageFlags, type ButtonInteraction } from "discord.js";
import type { Invocation } from "../../../src/commands/command-context.js";
import { decodeCustomId } from "../custom-ids.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { buildModal } from "../forms/build-modal.js";
import { FORM_EXPIRED, sendReply } from "../respond/send-reply.js";

export const STALE_BUTTON = "That button no longer does anything. Type `/partner help` to see what you can do.";

// A button may open a modal, which must be the first response: wait this long for the core before deferring.
const MODAL_WAIT_MS = 2000;

async function withinDeadline<T>(work: Promise<T>, milliseconds: number): Promise<{ done: true; value: T } | { done: false }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ done: false }>((resolve) => (timer = setTimeout(() => resolve({ done: false }), milliseconds)));
  try {
    return await Promise.race([work.then((value) => ({ done: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}

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
  const work = dependencies.bot.runAction(id.action, id.value, invocation);
  const early = await withinDeadline(work, MODAL_WAIT_MS);
  if (!early.done) await dependencies.acknowledgements.track(interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  await sendReply(interaction, early.done ? early.value : await work, dependencies);
}
