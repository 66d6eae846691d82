import type { Message } from "../../../src/ui/reply.js";

/** A neutral message from the core as HTML (survey results), block by block; buttons are chat's. */
export function MessageBlocks({ message }: { message: Message }) {
  return (
    <div class="message">
      {message.blocks.map((block) => {
        switch (block.type) {
          case "text":
            return <p>{block.text}</p>;
          case "context":
            return <p class="hint">{block.text}</p>;
          case "fields":
            return <dl class="fields">{block.fields.map((field) => <><dt>{field.label}</dt><dd>{field.value}</dd></>)}</dl>;
          case "list":
            return <>{block.title !== undefined && <h4>{block.title}</h4>}<ul>{block.items.map((item) => <li>{item}</li>)}</ul></>;
          case "progress":
            return <p><meter min={0} max={1} value={block.ratio} aria-label={block.label}>{Math.round(block.ratio * 100)}%</meter> {block.label}: {block.detail}</p>;
          case "divider":
            return <hr />;
          case "chart":
            return <p>{block.chart.title}: {block.chart.description}</p>;
          default:
            return null;
        }
      })}
    </div>
  );
}
