import type { Audience } from "../store/rounds-repository.js";

export interface DeliveryTarget {
  platform: string;
  workspaceId: string;
  /** "channel:<id>" or "user:<id>". */
  target: string;
  /** The liaison's user id there, to mention them. */
  userId: string;
}

type Liaison = Audience["liaisons"][number];

/**
 * One delivery per liaison, even when they have identities on several platforms: in the
 * partnership's linked "updates" channel where the liaison has an identity in that workspace
 * (the partnership's own workspace first, then the oldest link), with a mention; otherwise a DM in
 * the partnership's own workspace, otherwise a DM on their oldest identity. Channels first because
 * Discord quarantines bots that DM many people.
 */
export function chooseDeliveryTarget(audience: Audience, liaison: Liaison): DeliveryTarget | null {
  const home = audience.partnership;
  const isHome = (place: { platform: string; workspaceId: string }) => place.platform === home.platform && place.workspaceId === home.workspaceId;
  const updates = audience.links.filter((link) => link.purpose === "updates");
  const ordered = [...updates.filter(isHome), ...updates.filter((link) => !isHome(link))];
  for (const link of ordered) {
    const identity = liaison.identities.find((candidate) => candidate.platform === link.platform && candidate.workspaceId === link.workspaceId);
    if (identity !== undefined) return { platform: link.platform, workspaceId: link.workspaceId, target: `channel:${link.channelId}`, userId: identity.userId };
  }
  const identity = liaison.identities.find(isHome) ?? liaison.identities[0];
  if (identity === undefined) return null;
  return { platform: identity.platform, workspaceId: identity.workspaceId, target: `user:${identity.userId}`, userId: identity.userId };
}

/** Whether a YYYY-MM-DD day lies in any of the inclusive periods. */
export function isWithin(day: string, periods: readonly { startsOn: string; endsOn: string }[]): boolean {
  return periods.some((period) => period.startsOn <= day && day <= period.endsOn);
}
