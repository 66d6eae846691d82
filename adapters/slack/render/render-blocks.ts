import type { types } from "@slack/bolt";
import { describeChartLatest } from "../../../src/ui/charts/describe-chart-latest.js";
import { renderProgressBar } from "../../../src/ui/render-progress-bar.js";
import type { Block, Button, Message } from "../../../src/ui/reply.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { SLACK_LIMITS } from "./slack-limits.js";
import { splitMrkdwn } from "./split-mrkdwn.js";

export type SlackBlock = types.KnownBlock;

const ACTION_PREFIX = "partner";

/** The action id of a rendered button: unique in its message, and it carries the core's action name. */
export function buttonActionId(index: number, action: string): string {
  return `${ACTION_PREFIX}:${index}:${action}`;
}

/** The core's action name back from a button's action id, or null when it is not one of ours. */
export function actionFromActionId(actionId: string): string | null {
  const match = /^partner:\d+:(.+)$/.exec(actionId);
  return match === null ? null : match[1]!;
}

export const BUTTON_ACTION_ID = /^partner:\d+:.+$/;

function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

/** Lines packed into as few sections as fit; a line longer than a section is split, not cut. */
export function packLines(lines: string[], limit: number = SLACK_LIMITS.sectionText): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let current = "";
  const flush = () => {
    if (current !== "") blocks.push(section(current));
    current = "";
  };
  for (const line of lines) {
    if (line.length > limit) {
      flush();
      for (const piece of splitMrkdwn(line, limit)) if (piece !== "") blocks.push(section(piece));
      continue;
    }
    if (current !== "" && current.length + 1 + line.length > limit) flush();
    current = current === "" ? line : `${current}\n${line}`;
  }
  flush();
  return blocks;
}

function renderFields(fields: { label: string; value: string }[]): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length > 0) blocks.push({ type: "section", fields: group.map((text) => ({ type: "mrkdwn", text })) });
    group = [];
  };
  for (const field of fields) {
    const text = `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value || "-")}`;
    if (text.length > SLACK_LIMITS.fieldText) {
      // Too long for a field: it gets sections of its own, in place.
      flush();
      blocks.push(...packLines([text]));
      continue;
    }
    const groupLength = group.reduce((sum, entry) => sum + entry.length, 0);
    if (group.length === SLACK_LIMITS.sectionFields || groupLength + text.length > SLACK_LIMITS.sectionText) flush();
    group.push(text);
  }
  flush();
  return blocks;
}

function renderButtons(buttons: Button[], nextIndex: () => number): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  const elements = buttons.map((button): types.Button => {
    const actionId = buttonActionId(nextIndex(), button.action);
    if (actionId.length > SLACK_LIMITS.actionId) throw new Error(`button action "${button.action.slice(0, 40)}..." is too long for a Slack action_id`);
    if (button.value.length > SLACK_LIMITS.buttonValue) throw new Error(`button "${button.action}" carries a value longer than Slack's ${SLACK_LIMITS.buttonValue} characters`);
    const label = button.label.length > SLACK_LIMITS.buttonText ? `${button.label.slice(0, SLACK_LIMITS.buttonText - 1)}…` : button.label;
    return { type: "button", action_id: actionId, text: { type: "plain_text", text: label, emoji: true }, value: button.value, ...(button.style ? { style: button.style } : {}) };
  });
  for (let start = 0; start < elements.length; start += SLACK_LIMITS.actionsElements) {
    blocks.push({ type: "actions", elements: elements.slice(start, start + SLACK_LIMITS.actionsElements) });
  }
  // A label Slack would cut is spelled out beside the buttons.
  const long = buttons.filter((button) => button.label.length > SLACK_LIMITS.buttonText).map((button) => button.label);
  if (long.length > 0) blocks.push(...renderContext(long.join("\n")));
  return blocks;
}

function renderContext(text: string): SlackBlock[] {
  return splitMrkdwn(escapeMrkdwn(text), SLACK_LIMITS.contextText).map((piece) => ({ type: "context", elements: [{ type: "mrkdwn", text: piece }] }));
}

function describeSize(content: string): string {
  const lines = content.split("\n").filter((line, index, all) => line !== "" || index < all.length - 1).length;
  const kilobytes = Math.max(1, Math.round(Buffer.byteLength(content, "utf8") / 1024));
  return `${lines} line${lines === 1 ? "" : "s"}, ${kilobytes} KB`;
}

// Files go to Slack as uploads (see upload-files.ts): the message says which and where.
function renderFileNote(filename: string, content: string, destination: string): SlackBlock[] {
  return packLines([`:paperclip: *${escapeMrkdwn(filename)}* (${describeSize(content)}) ${escapeMrkdwn(destination)}`]);
}

function progressLine(block: Extract<Block, { type: "progress" }>): string {
  return `*${escapeMrkdwn(block.label)}*\n\`${renderProgressBar(block.ratio)}\`  ${escapeMrkdwn(block.detail)}`;
}

export interface RenderBlocksOptions {
  mentions?: string[];
  /** Leave buttons out (a prompt that was answered). */
  withoutActions?: boolean;
  /** Where the message's files are uploaded, for the note that stands in for each. */
  fileDestination?: string;
}

/** A Slack user id (U... or W... in Enterprise Grid), the only thing the bot ever turns into a mention. */
export function isSlackUserId(id: string): boolean {
  return /^[UW][A-Z0-9]+$/.test(id);
}

function mentionOf(userId: string): string {
  return isSlackUserId(userId) ? `<@${userId}>` : escapeMrkdwn(`@${userId}`);
}

/** Every block of a message, each within Slack's per-block limits; not yet split into messages. */
export function renderBlocks(message: Message, options: RenderBlocksOptions = {}): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  let buttonIndex = 0;
  const nextIndex = () => buttonIndex++;
  if (options.mentions !== undefined && options.mentions.length > 0) blocks.push(...packLines([options.mentions.map(mentionOf).join(" ")]));
  if (message.heading !== undefined && message.heading !== "") {
    if (message.heading.length <= SLACK_LIMITS.headerText) blocks.push({ type: "header", text: { type: "plain_text", text: message.heading, emoji: true } });
    else blocks.push(...packLines([`*${escapeMrkdwn(message.heading)}*`]));
  }
  let progressRun: string[] = [];
  const flushProgress = () => {
    if (progressRun.length > 0) blocks.push(...packLines(progressRun));
    progressRun = [];
  };
  for (const block of message.blocks) {
    if (block.type === "progress") {
      progressRun.push(progressLine(block));
      continue;
    }
    flushProgress();
    switch (block.type) {
      case "text":
        blocks.push(...packLines([escapeMrkdwn(block.text)]));
        break;
      case "fields":
        blocks.push(...renderFields(block.fields));
        break;
      case "list":
        blocks.push(...packLines([...(block.title ? [`*${escapeMrkdwn(block.title)}*`] : []), ...block.items.map((item) => `• ${escapeMrkdwn(item)}`)]));
        break;
      case "context":
        blocks.push(...renderContext(block.text));
        break;
      case "actions":
        if (!options.withoutActions) blocks.push(...renderButtons(block.buttons, nextIndex));
        break;
      case "divider":
        blocks.push({ type: "divider" });
        break;
      case "file":
        blocks.push(...renderFileNote(block.filename, block.content, options.fileDestination ?? "follows as a file."));
        break;
      case "chart":
        // The chart itself goes as a PNG upload (upload-charts.ts); the words stay for notifications and screen readers.
        blocks.push(
          ...packLines([
            `*${escapeMrkdwn(block.chart.title)}*`,
            ...describeChartLatest(block.chart).map((line) => `• ${escapeMrkdwn(line)}`),
            `:bar_chart: The chart ${escapeMrkdwn(options.fileDestination ?? "follows as an image.")}`,
          ]),
        );
        break;
    }
  }
  flushProgress();
  return blocks;
}
