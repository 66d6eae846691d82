import type { PlatformConventions } from "../../src/ports/platform-conventions.js";

export const CONSOLE = "console";

// The console has no directory: <@lee> or <@lee|Lee Chen> names a user id the way chat mentions do.
const MENTION = /^<@([A-Za-z0-9._-]+)(?:\|([^>]*))?>$/;

/** In the terminal anyone may be named; a new name makes a new person. */
export const consoleConventions: PlatformConventions = {
  platform: CONSOLE,
  readMention(text) {
    const match = MENTION.exec(text.trim());
    return match === null ? null : { userId: match[1]!, ...(match[2] ? { displayName: match[2] } : {}) };
  },
  unknownNames: "create",
};
