/** A failed outbox row as `status` reads it: never shown raw, since targets are ids and errors are the platform's. */
export interface FailedDelivery {
  platform: string;
  workspaceId: string;
  kind: string;
  error: string;
}

// The platform error codes and phrases the adapters record (Slack error strings, Discord's
// messages), each as words a liaison can act on. The first match wins.
const REASONS: [RegExp, string][] = [
  [/channel_not_found|unknown channel/i, "the channel was deleted or the bot cannot see it"],
  [/not_in_channel|missing access/i, "the bot is not in the channel"],
  [/is_archived|thread is archived|thread is locked/i, "the channel or thread is archived"],
  [/missing permissions|restricted_action/i, "the bot is not allowed to post there"],
  [/user_not_found|user_disabled|unknown user/i, "the person's account is gone"],
  [/messages_tab_disabled|cannot send messages to this user|cannot_dm_bot/i, "the person does not accept direct messages from the bot"],
  [/app_uninstalled|tokens_revoked|not_installed/i, "the app was removed from that workspace"],
  [/invalid_auth|not_authed|token_revoked|account_inactive|unknown guild/i, "the bot is no longer installed there"],
  [/gave up after/i, "the platform did not answer after several tries"],
  [/not a (slack|discord)|is not a slack/i, "the linked address is not valid there"],
];

const PLATFORMS: Record<string, string> = { slack: "Slack", discord: "Discord", console: "the console" };

const KINDS: Record<string, [string, string]> = {
  checkin: ["prompt", "prompts"],
  reminder: ["reminder", "reminders"],
  digest: ["digest", "digests"],
  celebration: ["celebration", "celebrations"],
  survey: ["survey invitation", "survey invitations"],
  "reflection-thread": ["reflection thread", "reflection threads"],
  "link-notice": ["link notice", "link notices"],
  "calendar-update": ["calendar update", "calendar updates"],
};

function reasonOf(error: string): string {
  return REASONS.find(([pattern]) => pattern.test(error))?.[1] ?? "the platform refused it";
}

/** "2 prompts to Slack could not be delivered: the channel was deleted ...", one line per kind, platform and reason. */
export function describeDeliveryProblems(failures: readonly FailedDelivery[]): string[] {
  const counts = new Map<string, { kind: string; platform: string; reason: string; count: number }>();
  for (const failure of failures) {
    const reason = reasonOf(failure.error);
    const key = `${failure.kind}\u0000${failure.platform}\u0000${reason}`;
    const entry = counts.get(key) ?? { kind: failure.kind, platform: failure.platform, reason, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].map(({ kind, platform, reason, count }) => {
    const [one, many] = KINDS[kind] ?? ["message", "messages"];
    const platformName = PLATFORMS[platform] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
    return `${count} ${count === 1 ? one : many} to ${platformName} could not be delivered: ${reason}`;
  });
}
