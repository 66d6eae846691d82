import { ComponentType, TextInputStyle, type APILabelComponent, type APIModalInteractionResponseCallbackData } from "discord.js";
import type { Form, FormField } from "../../../src/ui/reply.js";
import { encodeCustomId } from "../custom-ids.js";
import { DISCORD_LIMITS } from "../discord-limits.js";
import { fitText } from "../fit-text.js";

/** A form's fields in modal-sized parts: Discord takes at most 5 inputs per modal. */
export function formParts(form: Form): FormField[][] {
  const parts: FormField[][] = [];
  for (let index = 0; index < form.fields.length; index += DISCORD_LIMITS.modalInputs) {
    parts.push(form.fields.slice(index, index + DISCORD_LIMITS.modalInputs));
  }
  return parts.length > 0 ? parts : [[]];
}

/** The part (1-based) that holds a field. */
export function partOfField(form: Form, fieldId: string): number {
  const index = form.fields.findIndex((field) => field.id === fieldId);
  return index < 0 ? 1 : Math.floor(index / DISCORD_LIMITS.modalInputs) + 1;
}

// Modals have text inputs only: a choice or a scale is typed, and the core validates what comes back.
function describeField(field: FormField, labelWasCut: boolean): string | undefined {
  const hints: string[] = [];
  if (labelWasCut) hints.push(field.label);
  if (field.kind === "choice" && field.options !== undefined) hints.push(`Type one: ${field.options.map((option) => option.label).join(", ")}`);
  if (field.kind === "scale") hints.push("Type a number from 1 (low) to 5 (high)");
  if (field.kind === "number") hints.push("A number, such as 42 or 3.5");
  // A question already ends with its own mark: "...this week? Type a number", not "week?. Type".
  const sentences = hints.map((hint, index) => (index === hints.length - 1 || /[.?!]$/.test(hint) ? hint : `${hint}.`));
  return hints.length === 0 ? undefined : fitText(sentences.join(" "), DISCORD_LIMITS.labelDescription);
}

function buildInput(field: FormField, value: string | undefined): APILabelComponent {
  const label = fitText(field.label, DISCORD_LIMITS.inputLabel);
  const placeholder = field.placeholder ?? (field.kind === "choice" ? field.options?.map((option) => option.label).join(" / ") : field.kind === "scale" ? "1 to 5" : undefined);
  const maxLength = Math.min(field.maxLength ?? DISCORD_LIMITS.inputValue, DISCORD_LIMITS.inputValue);
  const description = describeField(field, label !== field.label.trim());
  return {
    type: ComponentType.Label,
    label,
    ...(description === undefined ? {} : { description }),
    component: {
      type: ComponentType.TextInput,
      custom_id: field.id,
      style: field.kind === "long" ? TextInputStyle.Paragraph : TextInputStyle.Short,
      required: field.required,
      max_length: field.kind === "scale" ? 1 : maxLength,
      ...(placeholder === undefined ? {} : { placeholder: fitText(placeholder, DISCORD_LIMITS.inputPlaceholder) }),
      ...(value === undefined || value === "" ? {} : { value: value.slice(0, maxLength) }),
    },
  };
}

/**
 * One part of a form as a modal: title and labels fit 45 characters (a cut label is repeated in
 * full in the input's description), earlier answers prefill the inputs.
 */
export function buildModal(form: Form, part: number, sessionId: string | null, values: Record<string, string> = {}): APIModalInteractionResponseCallbackData {
  const parts = formParts(form);
  const fields = parts[part - 1] ?? [];
  const suffix = parts.length > 1 ? ` (${part}/${parts.length})` : "";
  const customId = encodeCustomId({ kind: "modal", formId: form.formId, part, parts: parts.length, sessionId, context: form.context });
  if (customId === null) throw new Error(`form ${form.formId}: its context is too long for a Discord custom_id`);
  return {
    custom_id: customId,
    title: `${fitText(form.title, DISCORD_LIMITS.modalTitle - suffix.length)}${suffix}`,
    components: fields.map((field) => buildInput(field, values[field.id] ?? field.initial)),
  };
}
