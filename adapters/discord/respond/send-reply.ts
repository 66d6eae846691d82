import { ButtonStyle, ComponentType } from "discord.js";
import type { Form, FormErrors, Message, Reply, SubmitResult } from "../../../src/ui/reply.js";
import { MessageBuilder } from "../../../src/ui/message-builder.js";
import { encodeCustomId } from "../custom-ids.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { buildModal, formParts, partOfField } from "../forms/build-modal.js";
import type { FormSession } from "../forms/form-sessions.js";
import { renderMessageWithCharts } from "../render/render-message-with-charts.js";
import { sendPayloads, type RepliableInteraction } from "./send-payloads.js";

export const FORM_EXPIRED = "That form has expired (it was open for more than 15 minutes, or the bot restarted), so nothing was saved. Open it again from its command or button.";

export async function sendMessage(interaction: RepliableInteraction, message: Message): Promise<void> {
  await sendPayloads(interaction, await renderMessageWithCharts(message), message.visibility);
}

/** A message with one button that opens part `part` of a session's form as a modal. */
async function sendWithOpenButton(interaction: RepliableInteraction, message: Message, session: FormSession, part: number, label: string): Promise<void> {
  const payloads = await renderMessageWithCharts(message);
  const customId = encodeCustomId({ kind: "open-part", sessionId: session.id, part });
  payloads.at(-1)!.components.push({ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customId!, label }] });
  await sendPayloads(interaction, payloads, "ephemeral");
}

/**
 * A form: as a modal when this interaction may still open one (a modal must be the first response),
 * else as a message whose button opens it (a slash command is acknowledged before its reply is known).
 */
export async function sendForm(interaction: RepliableInteraction, form: Form, dependencies: DiscordDependencies): Promise<void> {
  const session = dependencies.sessions.open(form, interaction.user.id);
  const parts = formParts(form).length;
  if (!interaction.deferred && !interaction.replied && !interaction.isModalSubmit()) {
    await interaction.showModal(buildModal(form, 1, session.id));
    return;
  }
  const note = parts > 1 ? `It has ${parts} parts; nothing is saved until you send the last one.` : "Nothing is saved until you send it.";
  await sendWithOpenButton(interaction, new MessageBuilder(form.title).text(note).build(), session, 1, parts > 1 ? `Open part 1 of ${parts}` : "Open the form");
}

/** Part `part` arrived and more follow: what was typed is shown back, and a button opens the next part. */
export async function sendContinue(interaction: RepliableInteraction, session: FormSession, part: number): Promise<void> {
  const parts = formParts(session.form).length;
  const answered = session.form.fields.filter((field) => (session.values[field.id] ?? "") !== "");
  const message = new MessageBuilder(`${session.form.title}: part ${part} of ${parts} received`)
    .text(`Nothing is saved until you send part ${parts}. Your answers so far:`)
    .fields(answered.map((field) => ({ label: field.label, value: session.values[field.id]! })))
    .build();
  await sendWithOpenButton(interaction, message, session, part + 1, `Continue (part ${part + 1} of ${parts})`);
}

/** The core rejected some answers: say which and why, with a button that reopens the form as typed. */
export async function sendFormErrors(interaction: RepliableInteraction, result: FormErrors, session: FormSession | null): Promise<void> {
  const labelOf = (fieldId: string) => session?.form.fields.find((field) => field.id === fieldId)?.label ?? fieldId;
  const message = new MessageBuilder("Nothing was saved: please fix these answers")
    .fields(Object.entries(result.errors).map(([fieldId, problem]) => ({ label: labelOf(fieldId), value: problem })))
    .build();
  if (session === null) {
    await sendMessage(interaction, { ...message, blocks: [...message.blocks, { type: "text", text: FORM_EXPIRED }], error: "bad-arguments" });
    return;
  }
  const partsWithErrors = Object.keys(result.errors).map((fieldId) => partOfField(session.form, fieldId));
  const firstPart = partsWithErrors.length === 0 ? 1 : Math.min(...partsWithErrors);
  await sendWithOpenButton(interaction, { ...message, error: "bad-arguments" }, session, firstPart, "Fix my answers");
}

export async function sendReply(interaction: RepliableInteraction, reply: Reply | SubmitResult, dependencies: DiscordDependencies, session: FormSession | null = null): Promise<void> {
  if (reply.kind === "form") return sendForm(interaction, reply, dependencies);
  if (reply.kind === "form-errors") return sendFormErrors(interaction, reply, session);
  return sendMessage(interaction, reply);
}
