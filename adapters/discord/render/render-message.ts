import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed } from "discord.js";
import type { Block, Button, Message } from "../../../src/ui/reply.js";
import { describeChartLatest } from "../../../src/ui/charts/describe-chart-latest.js";
import { renderProgressBar } from "../../../src/ui/render-progress-bar.js";
import { encodeCustomId } from "../custom-ids.js";
import { DISCORD_LIMITS } from "../discord-limits.js";
import { fitText } from "../fit-text.js";
import { escapeMarkdown } from "./escape-markdown.js";
import { splitMarkdown } from "./split-markdown.js";

export interface DiscordFile {
  name: string;
  contentType: string;
  attachment: Buffer;
}

/** One Discord message: what `reply`, `followUp` and POST /channels/:id/messages take. */
export interface DiscordMessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  files: DiscordFile[];
  allowedMentions: { parse: []; users: string[] };
}

const COLOR = { normal: 0x5865f2, error: 0xed4245 };
const INLINE_FIELD = 40;
const CONTINUED = " (continued)";

const escape = escapeMarkdown;

const embedChars = (embed: APIEmbed) =>
  (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);

/** Packs blocks into embeds and messages within Discord's limits: a new embed or message instead of a cut. */
class MessagePacker {
  readonly messages: DiscordMessagePayload[] = [];
  private embed: APIEmbed | undefined;

  constructor(
    private readonly color: number,
    private readonly mentions: string[],
  ) {
    this.newMessage();
  }

  private get message(): DiscordMessagePayload {
    return this.messages.at(-1)!;
  }

  private newMessage(): void {
    this.messages.push({ embeds: [], components: [], files: [], allowedMentions: { parse: [], users: this.mentions } });
    this.embed = undefined;
  }

  private newEmbed(): APIEmbed {
    if (this.message.embeds.length >= DISCORD_LIMITS.embedsPerMessage) this.newMessage();
    this.embed = { color: this.color };
    this.message.embeds.push(this.embed);
    return this.embed;
  }

  /** An embed of this message with room for `chars` more, opening a new embed or message when needed. */
  private embedWithRoom(chars: number, needs: (embed: APIEmbed) => boolean): APIEmbed {
    const used = this.message.embeds.reduce((sum, embed) => sum + embedChars(embed), 0);
    if (used + chars > DISCORD_LIMITS.embedTotal) this.newMessage();
    if (this.embed === undefined || !needs(this.embed)) return this.newEmbed();
    return this.embed;
  }

  title(text: string): void {
    const title = fitText(text, DISCORD_LIMITS.embedTitle);
    this.newEmbed().title = title;
    // A heading longer than a title is repeated whole rather than lost.
    if (title !== text.trim()) this.description(text);
  }

  description(text: string): void {
    for (const piece of splitMarkdown(text, DISCORD_LIMITS.embedDescription)) {
      const embed = this.embedWithRoom(piece.length + 1, (candidate) => (candidate.fields ?? []).length === 0 && (candidate.description?.length ?? 0) + 1 + piece.length <= DISCORD_LIMITS.embedDescription);
      embed.description = embed.description === undefined ? piece : `${embed.description}\n${piece}`;
    }
  }

  field(label: string, value: string, inline: boolean): void {
    const name = fitText(label, DISCORD_LIMITS.fieldName);
    const whole = name === label.trim() ? value : `${label}: ${value}`;
    splitMarkdown(whole === "" ? "-" : whole, DISCORD_LIMITS.fieldValue).forEach((piece, index) => {
      const pieceName = index === 0 ? name : `${fitText(label, DISCORD_LIMITS.fieldName - CONTINUED.length)}${CONTINUED}`;
      const embed = this.embedWithRoom(pieceName.length + piece.length, (candidate) => (candidate.fields ?? []).length < DISCORD_LIMITS.embedFields);
      (embed.fields ??= []).push({ name: pieceName, value: piece, inline: inline && index === 0 });
    });
  }

  /** A divider: the next block starts a fresh embed. (Text after fields does too: descriptions sit above fields.) */
  breakEmbed(): void {
    this.embed = undefined;
  }

  buttons(wanted: Button[]): void {
    // A button whose value does not fit a custom_id is left out; its message says what to type instead.
    const buttons = wanted.map(renderButton).filter((button) => button !== null);
    for (let index = 0; index < buttons.length; index += DISCORD_LIMITS.buttonsPerRow) {
      if (this.message.components.length >= DISCORD_LIMITS.actionRows) this.newMessage();
      this.message.components.push({ type: ComponentType.ActionRow, components: buttons.slice(index, index + DISCORD_LIMITS.buttonsPerRow) });
    }
  }

  /**
   * A chart as its own embed with the PNG as the embed's image: the file and the embed that names
   * it as attachment:// must be in the same message, so both go to a new message when either is full.
   */
  chart(file: DiscordFile, title: string, description: string): void {
    const embedTitle = fitText(title, DISCORD_LIMITS.embedTitle);
    const embedDescription = fitText(description, DISCORD_LIMITS.embedDescription);
    const used = this.message.embeds.reduce((sum, embed) => sum + embedChars(embed), 0);
    const bytes = this.message.files.reduce((sum, attached) => sum + attached.attachment.length, 0);
    const full =
      this.message.files.length >= DISCORD_LIMITS.filesPerMessage ||
      this.message.embeds.length >= DISCORD_LIMITS.embedsPerMessage ||
      used + embedTitle.length + embedDescription.length > DISCORD_LIMITS.embedTotal ||
      bytes + file.attachment.length > DISCORD_LIMITS.attachmentBytes;
    if (full) this.newMessage();
    this.message.files.push(file);
    this.message.embeds.push({ color: this.color, title: embedTitle, description: embedDescription, image: { url: `attachment://${file.name}` } });
    // What follows starts an embed of its own rather than sitting under the image.
    this.embed = undefined;
  }

  file(file: DiscordFile): void {
    if (this.message.files.length >= DISCORD_LIMITS.filesPerMessage) this.newMessage();
    this.message.files.push(file);
  }

  /** Mentions go in the content of the first message(s): embeds do not notify anyone. */
  finish(): DiscordMessagePayload[] {
    const mentionText = this.mentions.map((id) => `<@${id}>`).join(" ");
    const contents = mentionText === "" ? [] : splitMarkdown(mentionText, DISCORD_LIMITS.content);
    const messages = this.messages.filter((message) => message.embeds.length + message.components.length + message.files.length > 0);
    if (messages.length === 0) messages.push({ embeds: [], components: [], files: [], allowedMentions: { parse: [], users: this.mentions }, content: "\u200b" });
    for (const [index, content] of contents.entries()) {
      if (messages[index] === undefined) messages.splice(index, 0, { embeds: [], components: [], files: [], allowedMentions: { parse: [], users: this.mentions } });
      messages[index]!.content = content;
    }
    return messages;
  }
}

function renderButton(button: Button): APIButtonComponentWithCustomId | null {
  const customId = encodeCustomId({ kind: "action", action: button.action, value: button.value });
  if (customId === null) return null;
  const style = button.style === "primary" ? ButtonStyle.Primary : button.style === "danger" ? ButtonStyle.Danger : ButtonStyle.Secondary;
  return { type: ComponentType.Button, custom_id: customId, label: fitText(button.label, DISCORD_LIMITS.buttonLabel), style };
}

/** "chart-1-students-in-robotics-club.png": unique in its message, and only characters an attachment:// URL takes. */
export function chartFilename(title: string, index: number): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60);
  return `chart-${index + 1}${slug === "" ? "" : `-${slug}`}.png`;
}

function renderBlock(packer: MessagePacker, block: Block, buttons: Button[], nextChartImage: () => Buffer | undefined, chartIndex: () => number): void {
  switch (block.type) {
    case "text":
      return packer.description(escape(block.text));
    case "list": {
      const lines = [...(block.title ? [`**${escape(block.title)}**`] : []), ...block.items.map((item) => `• ${escape(item)}`)];
      return packer.description(lines.join("\n"));
    }
    case "context":
      return packer.description(`-# ${escape(block.text)}`);
    case "fields":
      for (const field of block.fields) packer.field(field.label, escape(field.value), field.value.length <= INLINE_FIELD && field.label.length <= INLINE_FIELD);
      return;
    case "progress":
      return packer.field(block.label, `\`${renderProgressBar(block.ratio)}\` ${escape(block.detail)}`, false);
    case "divider":
      return packer.breakEmbed();
    case "actions":
      buttons.push(...block.buttons);
      return;
    case "file":
      packer.file({ name: block.filename, contentType: block.mimeType, attachment: Buffer.from(block.content, "utf8") });
      return packer.description(`-# Attached: ${escape(block.filename)}`);
    case "chart": {
      const image = nextChartImage();
      const latest = describeChartLatest(block.chart).map((line) => `• ${escape(line)}`);
      const index = chartIndex();
      if (image !== undefined && image.length <= DISCORD_LIMITS.attachmentBytes) {
        return packer.chart({ name: chartFilename(block.chart.title, index), contentType: "image/png", attachment: image }, escape(block.chart.title), latest.join("\n"));
      }
      // No image (a renderer without PNGs, or one too large to attach): the words, latest value against the target.
      return packer.description([`**${escape(block.chart.title)}**`, ...describeChartLatest(block.chart).map((line) => `• ${escape(line)}`)].join("\n"));
    }
  }
}

/**
 * The neutral message as Discord messages: heading and text in embeds, fields as embed fields,
 * progress bars as fields, buttons in action rows at the end, files as attachments, each chart as
 * an embed showing `chartImages[i]` (its PNG, attached) when given, else in words. Everything
 * that does not fit one message goes on in the next; nothing is cut.
 */
export function renderMessage(message: Message, mentions: string[] = [], chartImages: readonly Buffer[] = []): DiscordMessagePayload[] {
  const packer = new MessagePacker(message.error === undefined ? COLOR.normal : COLOR.error, mentions);
  if (message.heading !== undefined && message.heading.trim() !== "") packer.title(escape(message.heading));
  const buttons: Button[] = [];
  let charts = 0;
  const nextChartImage = () => chartImages[charts];
  const chartIndex = () => charts++;
  for (const block of message.blocks) renderBlock(packer, block, buttons, nextChartImage, chartIndex);
  packer.buttons(buttons);
  return packer.finish();
}
