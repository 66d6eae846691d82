import { webApi } from "@slack/bolt";
import { PermanentDeliveryError, RetryableDeliveryError } from "../../src/ports/delivery.js";
import { rateLimitedFor } from "./call-with-retry-after.js";
import { describeSlackError } from "./describe-slack-error.js";

// Slack's error strings that go away on their own; every other platform error would fail again.
const TRANSIENT = new Set(["internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited", "rate_limited", "timeout"]);

// What to tell a coordinator who reads `status`.
const ADVICE: Record<string, string> = {
  channel_not_found: "the channel does not exist or the bot cannot see it; invite the bot or link another channel",
  not_in_channel: "the bot is not in the channel; invite it with /invite @Partnership Bot",
  is_archived: "the channel is archived; link an active channel",
  user_not_found: "that Slack user does not exist in this workspace",
  user_disabled: "that Slack user's account is deactivated",
  account_inactive: "the bot's token belongs to a deleted user or workspace; reinstall the app",
  cannot_dm_bot: "that user is a bot and cannot get direct messages",
  messages_tab_disabled: "that user turned off direct messages from apps",
  invalid_auth: "the bot token is not valid; check SLACK_BOT_TOKEN",
  not_authed: "no bot token was sent; check SLACK_BOT_TOKEN",
  token_revoked: "the bot token was revoked; reinstall the app",
  restricted_action: "a workspace setting stops the bot from posting there",
};

/** A Web API failure as the dispatcher's error: wait and retry (429, 5xx, network) or give up for good. */
export function classifyDeliveryError(error: unknown, target: string): PermanentDeliveryError | RetryableDeliveryError {
  const retryAfter = rateLimitedFor(error);
  if (retryAfter !== undefined) return new RetryableDeliveryError(`Slack rate limit for ${target}`, retryAfter * 1000);
  const described = describeSlackError(error);
  if (described.code === webApi.ErrorCode.PlatformError && described.slackError !== undefined) {
    const slackError = described.slackError;
    if (TRANSIENT.has(slackError)) return new RetryableDeliveryError(`Slack said ${slackError} for ${target}`);
    return new PermanentDeliveryError(`${slackError}: ${ADVICE[slackError] ?? "Slack refused the message"}`);
  }
  return new RetryableDeliveryError(`could not reach Slack for ${target}: ${described.message}`);
}
