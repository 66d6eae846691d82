import type { ChannelLinkRecord } from "../../store/channel-links-repository.js";
import type { EnqueueInput } from "../../store/outbox-repository.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import { MessageBuilder } from "../../ui/message-builder.js";

/**
 * A link into a workspace other than the partnership's own lets people there read it: say so in the
 * partnership's updates channels at home, so a link nobody meant is noticed and ended.
 */
export function buildLinkNotices(partnership: PartnershipRecord, link: ChannelLinkRecord, linkedBy: string, homeUpdates: readonly ChannelLinkRecord[], at: Date): EnqueueInput[] {
  const message = new MessageBuilder(`${partnership.name} was linked into another workspace`, "public")
    .text(`${linkedBy} linked a ${link.platform} channel in another workspace to ${partnership.handle} for ${link.purpose}. People there can now read its status.`)
    .context(`Not expected? A liaison or coordinator can end it at once: /partner unlink ${partnership.handle} ${link.purpose} --channel ${link.channelId}`)
    .build();
  return homeUpdates.map((channel) => ({
    dedupeKey: `link-notice:${link.platform}:${link.workspaceId}:${link.channelId}:${link.purpose}:${at.getTime()}:${channel.platform}:${channel.channelId}`,
    kind: "link-notice",
    partnershipId: partnership.id,
    platform: channel.platform,
    workspaceId: channel.workspaceId,
    target: `channel:${channel.channelId}`,
    message: { message, mentions: [] },
    at,
  }));
}
