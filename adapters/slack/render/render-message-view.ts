import type { types } from "@slack/bolt";
import type { Message } from "../../../src/ui/reply.js";
import { renderMessage } from "./render-message.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/**
 * A message shown in a modal (the answer to a form, or to a button on the Home tab, where there is
 * no conversation to answer in); null when it needs more than one modal, so the caller sends it as messages.
 */
export function renderMessageView(message: Message): types.ModalView | null {
  const parts = renderMessage(message, { maxBlocks: SLACK_LIMITS.viewBlocks });
  if (parts.length !== 1) return null;
  const title = message.error !== undefined ? "Not done" : "Partnership bot";
  return { type: "modal", title: { type: "plain_text", text: title }, close: { type: "plain_text", text: "Close" }, blocks: parts[0]!.blocks };
}
