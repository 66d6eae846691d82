import type { PlatformConventions } from "../../src/ports/platform-conventions.js";
import { DISCORD } from "./read-invocation.js";

// <@123> or <@!123> (the older nickname form): Discord's user mention, a snowflake inside. The
// adapter itself writes <@123|Name> for a user option, carrying the server nickname along.
const MENTION = /^<@!?(\d{1,20})(?:\|([^>]*))?>$/;

/** Discord names people by mention; a plain name must belong to someone the bot has seen. */
export const discordConventions: PlatformConventions = {
  platform: DISCORD,
  readMention(text) {
    const match = MENTION.exec(text.trim());
    return match === null ? null : { userId: match[1]!, ...(match[2] ? { displayName: match[2] } : {}) };
  },
  unknownNames: "known-only",
};
