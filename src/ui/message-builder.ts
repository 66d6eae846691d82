import type { Block, Button, Chart, Field, Message } from "./reply.js";

/** Builds a neutral message block by block; handlers stay declarative and short. */
export class MessageBuilder {
  private readonly blocks: Block[] = [];

  constructor(
    private readonly heading?: string,
    private readonly visibility: Message["visibility"] = "ephemeral",
  ) {}

  text(text: string): this {
    if (text.trim() !== "") this.blocks.push({ type: "text", text });
    return this;
  }

  fields(fields: Field[]): this {
    if (fields.length > 0) this.blocks.push({ type: "fields", fields });
    return this;
  }

  list(title: string | undefined, items: string[], whenEmpty?: string): this {
    if (items.length > 0) this.blocks.push({ type: "list", title, items });
    else if (whenEmpty) this.blocks.push({ type: "list", title, items: [whenEmpty] });
    return this;
  }

  progress(label: string, ratio: number, detail: string): this {
    const clamped = Number.isFinite(ratio) ? Math.min(1, Math.max(0, ratio)) : 0;
    this.blocks.push({ type: "progress", label, ratio: clamped, detail });
    return this;
  }

  context(text: string): this {
    this.blocks.push({ type: "context", text });
    return this;
  }

  buttons(buttons: Button[]): this {
    if (buttons.length > 0) this.blocks.push({ type: "actions", buttons });
    return this;
  }

  divider(): this {
    this.blocks.push({ type: "divider" });
    return this;
  }

  file(filename: string, mimeType: string, content: string): this {
    this.blocks.push({ type: "file", filename, mimeType, content });
    return this;
  }

  chart(chart: Chart): this {
    this.blocks.push({ type: "chart", chart });
    return this;
  }

  build(): Message {
    return { kind: "message", visibility: this.visibility, heading: this.heading, blocks: this.blocks };
  }
}

export function textMessage(text: string, visibility: Message["visibility"] = "ephemeral"): Message {
  return new MessageBuilder(undefined, visibility).text(text).build();
}
