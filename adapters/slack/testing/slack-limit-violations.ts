// Checks what Slack would receive against Block Kit's documented limits (and the observed total
// text limit), independently of the renderer's own constants: a test lists the violations and
// expects none.
import type { SlackApiCall } from "./fake-slack-api.js";

const LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  messageText: 12_000,
  header: 150,
  section: 3000,
  fields: 10,
  field: 2000,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  id: 255,
  label: 2000,
  hint: 2000,
  placeholder: 150,
  input: 3000,
  options: 100,
  optionText: 75,
  optionValue: 150,
  title: 24,
  metadata: 3000,
} as const;

type Json = Record<string, any>;

function textLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + textLength(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.entries(value).reduce((sum, [key, inner]) => sum + (key === "text" && typeof inner === "string" ? inner.length : textLength(inner)), 0);
}

function checkElement(element: Json, where: string, problems: string[], actionIds: Set<string>): void {
  const over = (what: string, length: number, limit: number) => length > limit && problems.push(`${where}: ${what} has ${length} (limit ${limit})`);
  if (typeof element.action_id === "string") {
    over("action_id", element.action_id.length, LIMITS.id);
    if (actionIds.has(element.action_id)) problems.push(`${where}: duplicate action_id ${element.action_id}`);
    actionIds.add(element.action_id);
  }
  if (element.type === "button") {
    over("button text", element.text?.text?.length ?? 0, LIMITS.buttonText);
    over("button value", element.value?.length ?? 0, LIMITS.buttonValue);
  }
  if (element.type === "plain_text_input") {
    over("max_length", element.max_length ?? 0, LIMITS.input);
    over("initial_value", element.initial_value?.length ?? 0, LIMITS.input);
  }
  if (element.placeholder) over("placeholder", element.placeholder.text.length, LIMITS.placeholder);
  if (Array.isArray(element.options)) {
    over("options", element.options.length, LIMITS.options);
    for (const option of element.options) {
      over("option text", option.text.text.length, LIMITS.optionText);
      over("option value", option.value.length, LIMITS.optionValue);
    }
  }
}

/** Slack wants action ids unique within their block. */
function checkBlock(block: Json, where: string, problems: string[]): void {
  const actionIds = new Set<string>();
  const over = (what: string, length: number, limit: number) => length > limit && problems.push(`${where}: ${what} has ${length} (limit ${limit})`);
  if (typeof block.block_id === "string") over("block_id", block.block_id.length, LIMITS.id);
  switch (block.type) {
    case "header":
      over("header", block.text.text.length, LIMITS.header);
      break;
    case "section":
      if (block.text === undefined && block.fields === undefined) problems.push(`${where}: section without text or fields`);
      if (block.text !== undefined) {
        over("section text", block.text.text.length, LIMITS.section);
        if (block.text.text.length === 0) problems.push(`${where}: empty section text`);
      }
      if (block.fields !== undefined) {
        over("fields", block.fields.length, LIMITS.fields);
        for (const field of block.fields) over("field text", field.text.length, LIMITS.field);
      }
      break;
    case "context":
      over("context elements", block.elements.length, LIMITS.contextElements);
      for (const element of block.elements) over("context text", element.text?.length ?? 0, LIMITS.contextText);
      break;
    case "actions":
      over("actions elements", block.elements.length, LIMITS.actionsElements);
      for (const element of block.elements) checkElement(element, where, problems, actionIds);
      break;
    case "input":
      over("label", block.label.text.length, LIMITS.label);
      if (block.hint) over("hint", block.hint.text.length, LIMITS.hint);
      checkElement(block.element, where, problems, actionIds);
      break;
    case "divider":
      break;
    default:
      problems.push(`${where}: unexpected block type ${String(block.type)}`);
  }
}

/** Violations in a message (chat.postMessage, chat.update, a response_url body). */
export function messageLimitViolations(message: { text?: string; blocks?: Json[] }, where = "message"): string[] {
  const problems: string[] = [];
  const blocks = message.blocks ?? [];
  if (blocks.length > LIMITS.messageBlocks) problems.push(`${where}: ${blocks.length} blocks (limit ${LIMITS.messageBlocks})`);
  if (textLength(blocks) > LIMITS.messageText) problems.push(`${where}: ${textLength(blocks)} characters of block text (Slack answers msg_blocks_too_long past about 13,200)`);
  if ((message.text ?? "").length > 40_000) problems.push(`${where}: text over 40,000`);
  if (blocks.length === 0 && !message.text) problems.push(`${where}: neither text nor blocks`);
  blocks.forEach((block, index) => checkBlock(block, `${where} block ${index}`, problems));
  return problems;
}

/** Violations in a view (views.open, views.update, views.publish, a response_action "update"). */
export function viewLimitViolations(view: Json, where = "view"): string[] {
  const problems: string[] = [];
  const blocks: Json[] = view.blocks ?? [];
  if (blocks.length > LIMITS.viewBlocks) problems.push(`${where}: ${blocks.length} blocks (limit ${LIMITS.viewBlocks})`);
  if (view.type === "modal") {
    if (view.title.text.length > LIMITS.title) problems.push(`${where}: title "${view.title.text}" over ${LIMITS.title}`);
    for (const button of [view.submit, view.close]) if (button && button.text.length > LIMITS.title) problems.push(`${where}: button "${button.text}" over ${LIMITS.title}`);
  }
  if ((view.private_metadata ?? "").length > LIMITS.metadata) problems.push(`${where}: private_metadata over ${LIMITS.metadata}`);
  blocks.forEach((block, index) => checkBlock(block, `${where} block ${index}`, problems));
  return problems;
}

/** Every limit violation in what the fake Web API received. */
export function callLimitViolations(calls: readonly SlackApiCall[]): string[] {
  return calls.flatMap((call, index) => {
    const where = `call ${index} ${call.method}`;
    if (call.method === "chat.postMessage" || call.method === "chat.update" || call.method.startsWith("response/")) return messageLimitViolations(call.params, where);
    if (call.method.startsWith("views.")) return viewLimitViolations(call.params.view, where);
    return [];
  });
}
