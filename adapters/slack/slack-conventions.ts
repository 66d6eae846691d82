import type { PlatformConventions } from "../../src/ports/platform-conventions.js";
import { SLACK } from "./slack-platform-name.js";

// <@U123> or <@U123|ana>: Slack's escaped user mention (the name part is a hint, not an identity).
const MENTION = /^<@([A-Z0-9]{2,30})(?:\|([^>]*))?>$/i;

/** Slack names people by mention; a plain name must belong to someone the bot has seen. */
export const slackConventions: PlatformConventions = {
  platform: SLACK,
  readMention(text) {
    const match = MENTION.exec(text.trim());
    return match === null ? null : { userId: match[1]!, ...(match[2] ? { displayName: match[2] } : {}) };
  },
  unknownNames: "known-only",
};
