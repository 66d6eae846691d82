import type { webApi } from "@slack/bolt";
import type { Logger } from "../../src/logging/create-logger.js";
import type { Actor } from "../../src/ports/actor.js";
import type { Core } from "../../src/ports/core.js";
import { callWithRetryAfter } from "./call-with-retry-after.js";
import { describeSlackError } from "./describe-slack-error.js";
import { renderMessage } from "./render/render-message.js";
import { SLACK_LIMITS } from "./render/slack-limits.js";
import { clipMrkdwn } from "./render/split-mrkdwn.js";
import { parseMessageId } from "./slack-platform.js";

/**
 * After a check-in is saved: each Slack prompt or reminder the person answered since `since` loses
 * its button and says the check-in was received, so nobody answers the same round twice by mistake.
 * Its text is the rendered (escaped) fallback: an update notifies like a post.
 */
export async function markPromptsAnswered(client: webApi.WebClient, core: Core, logger: Logger, actor: Actor, since: Date): Promise<void> {
  for (const prompt of await core.findAnsweredPrompts({ actor }, since)) {
    const location = parseMessageId(prompt.platformMessageId);
    if (location === null) {
      logger.warn({ promptId: prompt.promptId }, "cannot mark a Slack prompt answered: unexpected message id");
      continue;
    }
    const parts = renderMessage(prompt.message.message, { mentions: prompt.message.mentions, withoutActions: true });
    const last = parts.at(-1)!;
    const unix = Math.floor(prompt.answeredAt.getTime() / 1000);
    const received = `:white_check_mark: Check-in received <!date^${unix}^{date_short_pretty} at {time}|${prompt.answeredAt.toISOString()}>. Thank you!`;
    try {
      await callWithRetryAfter(() =>
        client.chat.update({ channel: location.channel, ts: location.ts, text: `${clipMrkdwn(last.text, SLACK_LIMITS.fallbackText - 11)} (answered)`, blocks: [...last.blocks, { type: "context", elements: [{ type: "mrkdwn", text: received }] }] }),
      );
    } catch (error) {
      logger.warn({ promptId: prompt.promptId, error: describeSlackError(error) }, "could not mark a Slack prompt answered");
    }
  }
}
