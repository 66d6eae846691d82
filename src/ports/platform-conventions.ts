/** A person named in command text by a platform mention (`<@U123|ana>` in Slack, `<@123>` in Discord). */
export interface MentionedUser {
  userId: string;
  displayName?: string;
}

/**
 * What only the adapter knows about how people are named on its platform; the core asks it when a
 * command names a person.
 */
export interface PlatformConventions {
  platform: string;
  /** The user a mention names; null when the text is not a mention on this platform. */
  readMention(text: string): MentionedUser | null;
  /**
   * "create": the platform has no user directory (the console), so a new name makes a new person;
   * "known-only": a name must belong to someone the bot has seen, or be a mention.
   */
  unknownNames: "create" | "known-only";
}
