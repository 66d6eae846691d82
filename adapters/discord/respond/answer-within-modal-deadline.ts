import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from "discord.js";
import type { Reply } from "../../../src/ui/reply.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { sendReply } from "./send-reply.js";

// A modal must be Discord's first response to an interaction, within its 3 seconds: wait this long
// for the core before deferring (and offering the form behind a button instead).
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

/** Runs work that may answer with a form, so the form can open as a modal when it comes in time. */
export async function answerWithinModalDeadline(interaction: ButtonInteraction | ChatInputCommandInteraction, work: Promise<Reply>, dependencies: DiscordDependencies): Promise<void> {
  const early = await withinDeadline(work, MODAL_WAIT_MS);
  if (!early.done) await dependencies.acknowledgements.track(interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  await sendReply(interaction, early.done ? early.value : await work, dependencies);
}
