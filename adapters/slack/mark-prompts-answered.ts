import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { Logger } from "../../src/logging/create-logger.js";
import type { Database } from "../../src/store/create-database.js";
import { findAnsweredPromptMessages } from "../../src/store/prompt-messages-repository.js";
import type { Message } from "../../src/ui/reply.js";
import { callWithRetryAfter } from "./call-with-retry-after.js";
import { describeSlackError } from "./describe-slack-error.js";
import { renderMessage } from "./render/render-message.js";
import { SLACK } from "./slack-platform-name.js";
import { parseMessageId } from "./slack-platform.js";

// The outbox payload is our own JSON; this only checks it is still the shape we render.
const StoredOutboundSchema = z.object({
  message: z.looseObject({ kind: z.literal("message"), visibility: z.enum(["ephemeral", "public"]), heading: z.string().optional(), blocks: z.array(z.looseObject({ type: z.string() })) }),
  mentions: z.array(z.string()).default([]),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * After a check-in is saved: each Slack prompt or reminder the person answered since `since` loses
 * its button and says the check-in was received, so nobody answers the same round twice by mistake.
 */
export async function markPromptsAnswered(client: webApi.WebClient, db: Database, logger: Logger, personId: number, since: Date): Promise<void> {
  for (const prompt of await findAnsweredPromptMessages(db, SLACK, personId, since)) {
    const location = parseMessageId(prompt.platformMessageId);
    const stored = StoredOutboundSchema.safeParse(parseJson(prompt.payload));
    if (location === null || !stored.success) {
      logger.warn({ promptId: prompt.id }, "cannot mark a Slack prompt answered: unexpected message id or payload");
      continue;
    }
    const parts = renderMessage(stored.data.message as Message, { mentions: stored.data.mentions, withoutActions: true });
    const last = parts.at(-1)!;
    const unix = Math.floor(prompt.answeredAt.getTime() / 1000);
    const received = `:white_check_mark: Check-in received <!date^${unix}^{date_short_pretty} at {time}|${prompt.answeredAt.toISOString()}>. Thank you!`;
    try {
      await callWithRetryAfter(() =>
        client.chat.update({ channel: location.channel, ts: location.ts, text: `${last.text} (answered)`, blocks: [...last.blocks, { type: "context", elements: [{ type: "mrkdwn", text: received }] }] }),
      );
    } catch (error) {
      logger.warn({ promptId: prompt.id, error: describeSlackError(error) }, "could not mark a Slack prompt answered");
    }
  }
}
