import type { LinkPurpose } from "../domain/vocabulary.js";
import { recordAudit } from "./audit-repository.js";
import type { Database } from "./create-database.js";
import type { PartnershipRecord } from "./partnerships-repository.js";
import type { Queryable } from "./transaction.js";
import { isUniqueViolation } from "./is-unique-violation.js";
import type { EnqueueInput, OutboxRepository } from "./outbox-repository.js";

export interface ChannelLinkRecord {
  platform: string;
  workspaceId: string;
  channelId: string;
  purpose: string;
}

export interface NewChannelLink extends ChannelLinkRecord {
  partnershipId: number;
  actorId: number;
  at: Date;
}

/** The channels a partnership posts to and reads from, on any platform: (platform, workspace, channel, purpose). */
export class ChannelLinksRepository {
  constructor(
    private readonly db: Database,
    private readonly outbox: OutboxRepository,
  ) {}

  /** The partnership's linked channels, oldest first; only those for `purpose` when given. */
  async list(partnershipId: number, purpose?: LinkPurpose, db: Queryable = this.db): Promise<ChannelLinkRecord[]> {
    return db.channelLink.findMany({
      where: { partnershipId, ...(purpose === undefined ? {} : { purpose }) },
      orderBy: { id: "asc" },
      select: { platform: true, workspaceId: true, channelId: true, purpose: true },
    });
  }

  /** Links a channel once, queueing `notices` with it; false when it was linked for that purpose already. */
  async link(input: NewChannelLink, notices: readonly EnqueueInput[] = []): Promise<boolean> {
    const { partnershipId, platform, workspaceId, channelId, purpose } = input;
    const key = { partnershipId_platform_workspaceId_channelId_purpose: { partnershipId, platform, workspaceId, channelId, purpose } };
    if ((await this.db.channelLink.findUnique({ where: key, select: { id: true } })) !== null) return false;
    try {
      await this.db.$transaction(async (tx) => {
        const created = await tx.channelLink.create({ data: { partnershipId, platform, workspaceId, channelId, purpose, createdAt: input.at } });
        await recordAudit(tx, { partnershipId, actorId: input.actorId, action: "create", entity: "channel-link", entityId: created.id, after: { platform, workspaceId, channelId, purpose } });
        await this.outbox.enqueueAll(notices, tx);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false; // the same link, typed twice at once
      throw error;
    }
  }

  /**
   * Ends the partnership's links to a channel for `purpose`, in one workspace or, without one, in
   * any; the links that were removed. The workspace loses sight of the partnership with its last link.
   */
  async unlink(input: { partnershipId: number; channelId: string; purpose: LinkPurpose; workspace?: { platform: string; workspaceId: string }; actorId: number }): Promise<ChannelLinkRecord[]> {
    return this.db.$transaction(async (tx) => {
      const where = { partnershipId: input.partnershipId, channelId: input.channelId, purpose: input.purpose, ...(input.workspace ?? {}) };
      const links = await tx.channelLink.findMany({ where, select: { id: true, platform: true, workspaceId: true, channelId: true, purpose: true } });
      if (links.length === 0) return [];
      await tx.channelLink.deleteMany({ where: { id: { in: links.map((link) => link.id) } } });
      for (const { id, ...link } of links) {
        await recordAudit(tx, { partnershipId: input.partnershipId, actorId: input.actorId, action: "delete", entity: "channel-link", entityId: id, before: link });
      }
      return links.map(({ id: _id, ...link }) => link);
    });
  }

  /**
   * A partnership with this handle, in any workspace, where the person is a liaison: how a liaison
   * links their partnership into another workspace (a Discord server next to the district's Slack).
   */
  async findLiaisonPartnership(handle: string, personId: number): Promise<PartnershipRecord | null> {
    const row = await this.db.partnership.findFirst({
      where: { handle, partners: { some: { liaisons: { some: { personId } } } } },
      orderBy: { id: "asc" },
      select: { id: true, platform: true, workspaceId: true, handle: true, name: true, status: true, programModels: true, timezone: true },
    });
    if (row === null) return null;
    return { ...row, programModels: row.programModels === "" ? [] : row.programModels.split(",") };
  }
}
