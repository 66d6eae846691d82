import type { Block, Message } from "../../src/ui/reply.js";
import { renderChartSparkline } from "../../src/ui/charts/render-chart-sparkline.js";
import { renderProgressBar } from "../../src/ui/render-progress-bar.js";

function renderBlock(block: Block): string[] {
  switch (block.type) {
    case "text":
      return [block.text];
    case "fields":
      return block.fields.map((field) => `  ${field.label}: ${field.value}`);
    case "list":
      return [...(block.title ? [`${block.title}:`] : []), ...block.items.map((item) => `  • ${item}`)];
    case "progress":
      return [`  ${block.label}`, `    ${renderProgressBar(block.ratio, 20)}  ${block.detail}`];
    case "context":
      return [`  (${block.text})`];
    case "actions":
      return [`  [${block.buttons.map((button) => button.label).join("] [")}]`];
    case "divider":
      return ["  ----"];
    case "file":
      return [`--- ${block.filename} ---`, block.content.replace(/\n$/, ""), `--- end of ${block.filename} ---`];
    case "chart":
      return renderChartSparkline(block.chart).split("\n").map((line, index) => (index === 0 ? `  ${line}` : `    ${line}`));
  }
}

/** Plain text for a terminal: the whole message, nothing cut. */
export function renderConsoleMessage(message: Message, mentions: string[] = []): string {
  const lines: string[] = [];
  if (mentions.length > 0) lines.push(mentions.map((mention) => `@${mention}`).join(" "));
  if (message.heading) lines.push(`== ${message.heading} ==`);
  for (const block of message.blocks) lines.push(...renderBlock(block));
  return `${lines.join("\n")}\n`;
}
