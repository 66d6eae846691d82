import type { Actor } from "./actor.js";

/** A person's message in a thread the core opened for reflections (or any other thread: the core decides). */
export interface ThreadMessagePosted {
  kind: "posted";
  platform: string;
  threadId: string;
  messageId: string;
  author: Actor;
  /** The message as a person reads it: text, plus a line per attachment. */
  body: string;
  postedAt: Date;
}

/** An edit. `whole` is the message as it now reads, when the platform sent all of it (an unseen message). */
export interface ThreadMessageEdited {
  kind: "edited";
  platform: string;
  threadId: string;
  messageId: string;
  body: string;
  editedAt?: Date;
  whole?: ThreadMessagePosted;
}

export interface ThreadMessagesDeleted {
  kind: "deleted";
  platform: string;
  threadId: string;
  messageIds: string[];
}

export type ThreadMessageEvent = ThreadMessagePosted | ThreadMessageEdited | ThreadMessagesDeleted;

/**
 * What became of a thread message: "recorded" means it is committed (the adapter may now tell the
 * author, e.g. with a reaction); "untracked" means the thread is not one the core follows.
 */
export type ThreadMessageOutcome = "recorded" | "updated" | "deleted" | "unchanged" | "untracked";

/** A reflection thread the core follows, for adapters that read back what they missed while down. */
export interface TrackedThread {
  roundId: number;
  partnershipId: number;
  platform: string;
  workspaceId: string;
  channelId: string;
  threadId: string;
}

/** A check-in prompt or reminder that reached a person and that they have since answered. */
export interface AnsweredPrompt {
  promptId: number;
  platformMessageId: string;
  answeredAt: Date;
  /** The message as it was sent, so the adapter can redraw it without its button. */
  message: import("../ui/reply.js").OutboundMessage;
}
