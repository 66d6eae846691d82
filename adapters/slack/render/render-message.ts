import type { Message } from "../../../src/ui/reply.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { isSlackUserId, renderBlocks, type RenderBlocksOptions, type SlackBlock } from "./render-blocks.js";
import { SLACK_LIMITS } from "./slack-limits.js";
import { clipMrkdwn } from "./split-mrkdwn.js";

/** One Slack message: fallback text for notifications, and its blocks. */
export interface SlackMessagePart {
  text: string;
  blocks: SlackBlock[];
}

export interface RenderMessageOptions extends RenderBlocksOptions {
  /** 50 for a message, 100 for a modal or the Home tab. */
  maxBlocks?: number;
}

/** The characters Slack counts in a block: its text objects. */
export function blockTextLength(block: SlackBlock): number {
  let length = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        if (key === "text" && typeof inner === "string") length += inner.length;
        else visit(inner);
      }
    }
  };
  visit(block);
  return length;
}

/**
 * The top-level `text`: what notifications, previews and screen readers show. Slack reads it as
 * mrkdwn, so what people typed is escaped exactly as in the blocks; only the bot's own mentions ping.
 */
function fallbackText(message: Message, blocks: SlackBlock[], mentions: string[] | undefined): string {
  const mentionText = (mentions ?? []).filter(isSlackUserId).map((id) => `<@${id}>`).join(" ");
  // The first section the message itself wrote (not the mentions on top); block text is escaped already.
  const first = blocks.find((block, index) => block.type === "section" && block.text !== undefined && !(index === 0 && (mentions ?? []).length > 0));
  const summary = (message.heading ? escapeMrkdwn(message.heading) : "") || (first?.type === "section" ? first.text!.text : "") || "Partnership bot";
  return clipMrkdwn(mentionText === "" ? summary : `${mentionText} ${summary}`, SLACK_LIMITS.fallbackText);
}

/**
 * A neutral message as one or more Slack messages, each within the block count and the text Slack
 * accepts per message. Nothing is dropped: what does not fit goes on in the next message, which
 * says it is a continuation.
 */
export function renderMessage(message: Message, options: RenderMessageOptions = {}): SlackMessagePart[] {
  const maxBlocks = options.maxBlocks ?? SLACK_LIMITS.messageBlocks;
  const blocks = renderBlocks(message, options);
  // Room for the "continued" line on later parts.
  const capacity = maxBlocks - 1;
  const budget = SLACK_LIMITS.messageTextBudget - 200;
  const groups: SlackBlock[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const length = blockTextLength(block);
    const current = groups.at(-1)!;
    if (current.length > 0 && (current.length + 1 > capacity || used + length > budget)) {
      groups.push([block]);
      used = length;
    } else {
      current.push(block);
      used += length;
    }
  }
  const text = fallbackText(message, blocks, options.mentions);
  return groups.map((group, index) => {
    if (groups.length === 1) return { text, blocks: group };
    const label = index === 0 ? `Part 1 of ${groups.length}, continued below` : `Continued: part ${index + 1} of ${groups.length}`;
    const note: SlackBlock = { type: "context", elements: [{ type: "plain_text", text: label, emoji: true }] };
    return index === 0 ? { text, blocks: [...group, note] } : { text: `${clipMrkdwn(text, 200)} (${label})`, blocks: [note, ...group] };
  });
}
