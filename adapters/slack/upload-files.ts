import type { webApi } from "@slack/bolt";
import type { Block, Message } from "../../src/ui/reply.js";

export type FileBlock = Extract<Block, { type: "file" }>;

export function filesOf(message: Message): FileBlock[] {
  return message.blocks.filter((block): block is FileBlock => block.type === "file");
}

/**
 * Uploads a message's files to a conversation (files.uploadV2: get an upload URL, send the bytes,
 * complete), so a CSV export arrives whole, however large, instead of as pages of code blocks.
 */
export async function uploadFiles(client: webApi.WebClient, channelId: string, files: readonly FileBlock[]): Promise<void> {
  for (const file of files) {
    await client.filesUploadV2({ channel_id: channelId, filename: file.filename, title: file.filename, content: file.content });
  }
}
