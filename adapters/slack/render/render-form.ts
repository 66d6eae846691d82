import type { types } from "@slack/bolt";
import { z } from "zod";
import type { Form, FormField } from "../../../src/ui/reply.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import type { SlackBlock } from "./render-blocks.js";
import { SLACK_LIMITS } from "./slack-limits.js";

export const FORM_CALLBACK_ID = "partner-form";
/** Every input's action id; the block id is the form field's id. */
export const INPUT_ACTION_ID = "value";

/** What a modal carries back in private_metadata (Slack returns it untouched, at most 3000 characters). */
export const FormMetadataSchema = z.object({
  formId: z.string().min(1),
  context: z.string(),
  channelId: z.string().optional(),
});
export type FormMetadata = z.infer<typeof FormMetadataSchema>;

const SCALE = ["1", "2", "3", "4", "5"] as const;

function plain(text: string): types.PlainTextElement {
  return { type: "plain_text", text, emoji: true };
}

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function option(value: string, label: string): types.PlainTextOption {
  if (value.length > SLACK_LIMITS.optionValue) throw new Error(`choice value "${value.slice(0, 40)}..." is longer than Slack's ${SLACK_LIMITS.optionValue} characters`);
  const overflow = label.length > SLACK_LIMITS.optionText ? label.slice(SLACK_LIMITS.optionText - 1) : "";
  return { text: plain(clip(label, SLACK_LIMITS.optionText)), value, ...(overflow ? { description: plain(clip(`…${overflow}`, SLACK_LIMITS.optionText)) } : {}) };
}

function renderElement(field: FormField): types.InputBlockElement {
  const placeholder = field.placeholder !== undefined && field.placeholder.length <= SLACK_LIMITS.placeholder ? { placeholder: plain(field.placeholder) } : {};
  switch (field.kind) {
    case "short":
    case "long":
      return {
        type: "plain_text_input",
        action_id: INPUT_ACTION_ID,
        multiline: field.kind === "long",
        max_length: Math.min(field.maxLength ?? SLACK_LIMITS.plainTextInput, SLACK_LIMITS.plainTextInput),
        ...(field.initial ? { initial_value: field.initial.slice(0, SLACK_LIMITS.plainTextInput) } : {}),
        ...placeholder,
      };
    case "number":
      return { type: "number_input", action_id: INPUT_ACTION_ID, is_decimal_allowed: true, ...(field.initial ? { initial_value: field.initial } : {}), ...placeholder };
    case "choice":
    case "scale": {
      const options = field.kind === "scale" ? SCALE.map((value) => option(value, value === "1" ? "1 (lowest)" : value === "5" ? "5 (highest)" : value)) : (field.options ?? []).map((choice) => option(choice.value, choice.label));
      if (options.length > SLACK_LIMITS.selectOptions) throw new Error(`choice "${field.id}" has ${options.length} options; Slack shows at most ${SLACK_LIMITS.selectOptions}`);
      const initial = options.find((candidate) => candidate.value === field.initial);
      return { type: "static_select", action_id: INPUT_ACTION_ID, options, ...(initial ? { initial_option: initial } : {}), ...placeholder };
    }
  }
}

function renderInput(field: FormField): SlackBlock {
  if (field.id.length > SLACK_LIMITS.blockId) throw new Error(`form field id "${field.id.slice(0, 40)}..." is too long for a Slack block_id`);
  const label = clip(field.label, SLACK_LIMITS.inputLabel);
  // A placeholder too long for the box, or the end of a very long label, becomes the hint below it.
  const hints = [field.label.length > label.length ? field.label : "", field.placeholder !== undefined && field.placeholder.length > SLACK_LIMITS.placeholder ? field.placeholder : ""].filter(Boolean);
  return {
    type: "input",
    block_id: field.id,
    optional: !field.required,
    label: plain(label),
    element: renderElement(field),
    ...(hints.length > 0 ? { hint: plain(clip(hints.join(" "), SLACK_LIMITS.inputHint)) } : {}),
  };
}

/** A form as a modal: each field an input whose block id is the field id; form id and context ride in private_metadata. */
export function renderForm(form: Form, channelId?: string): types.ModalView {
  const metadata = JSON.stringify({ formId: form.formId, context: form.context, ...(channelId ? { channelId } : {}) } satisfies FormMetadata);
  if (metadata.length > SLACK_LIMITS.privateMetadata) throw new Error(`form "${form.formId}" carries ${metadata.length} characters of context; a Slack modal holds ${SLACK_LIMITS.privateMetadata}`);
  const title = clip(form.title, SLACK_LIMITS.viewTitle);
  const blocks: SlackBlock[] = [];
  // Slack cuts modal titles at 24 characters, so a longer one is repeated in full inside.
  if (title !== form.title) blocks.push({ type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(form.title.slice(0, SLACK_LIMITS.sectionText - 2))}*` } });
  blocks.push(...form.fields.map(renderInput));
  if (blocks.length > SLACK_LIMITS.viewBlocks) throw new Error(`form "${form.formId}" has ${form.fields.length} fields; a Slack modal holds ${SLACK_LIMITS.viewBlocks} blocks`);
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    private_metadata: metadata,
    title: plain(title),
    submit: plain(clip(form.submitLabel, SLACK_LIMITS.viewButton)),
    close: plain("Cancel"),
    blocks,
  };
}
