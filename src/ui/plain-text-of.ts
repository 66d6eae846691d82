import type { Message } from "./reply.js";

/**
 * All the text of a neutral message as plain lines, in order: the heading, texts, each field as
 * "label: value", a list's title and items, a progress bar's label and detail, button labels,
 * file contents and a chart's title and description. No platform markup; dividers and progress ratios add nothing.
 */
export function plainTextOf(message: Message): string {
  const lines: string[] = message.heading === undefined ? [] : [message.heading];
  for (const block of message.blocks) {
    switch (block.type) {
      case "text":
      case "context":
        lines.push(block.text);
        break;
      case "fields":
        lines.push(...block.fields.map((field) => `${field.label}: ${field.value}`));
        break;
      case "list":
        if (block.title !== undefined) lines.push(block.title);
        lines.push(...block.items);
        break;
      case "progress":
        lines.push(`${block.label} ${block.detail}`);
        break;
      case "actions":
        lines.push(...block.buttons.map((button) => button.label));
        break;
      case "file":
        lines.push(block.content);
        break;
      case "chart":
        lines.push(block.chart.title, block.chart.description);
        break;
      case "divider":
        break;
    }
  }
  return lines.join("\n");
}
