import type { Database } from "./create-database.js";
import { failPendingForWorkspace } from "./fail-pending-deliveries.js";

/** A row as stored: the token and the whole installation only as AES-256-GCM ciphertext, iv and tag. */
export interface SealedSlackInstallation {
  installationKey: string;
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  botUserId: string;
  botId: string;
  scopes: string;
  installerUserId: string | null;
  botTokenCiphertext: string;
  botTokenIv: string;
  botTokenTag: string;
  installationCiphertext: string;
  installationIv: string;
  installationTag: string;
  installedAt: Date;
}

/** The Slack workspaces the app is installed in, one row per installation key. Knows no key: rows come sealed. */
export class SlackInstallationsRepository {
  constructor(private readonly db: Database) {}

  /** Saves or replaces the installation with this key. */
  async save(row: SealedSlackInstallation): Promise<void> {
    const { installationKey, ...fields } = row;
    await this.db.slackInstallation.upsert({ where: { installationKey }, create: row, update: fields });
  }

  /** The installation with this key; null when there is none. */
  async find(installationKey: string): Promise<SealedSlackInstallation | null> {
    return this.db.slackInstallation.findUnique({ where: { installationKey }, omit: { id: true, updatedAt: true } });
  }

  /**
   * Deletes the installation and, in the same transaction, fails the pending deliveries of
   * `workspaceId` (a workspace install's team) with `reason`.
   */
  async remove(installationKey: string, input: { workspaceId: string | null; reason: string; now: Date }): Promise<{ removed: boolean; failedDeliveries: number }> {
    return this.db.$transaction(async (transaction) => {
      const deleted = await transaction.slackInstallation.deleteMany({ where: { installationKey } });
      const failedDeliveries = input.workspaceId === null ? 0 : await failPendingForWorkspace(transaction, { platform: "slack", workspaceId: input.workspaceId, reason: input.reason, now: input.now });
      return { removed: deleted.count > 0, failedDeliveries };
    });
  }
}
