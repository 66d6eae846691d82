/**
 * Which installation a request or an outbox row needs: a workspace's (`teamId`), or an
 * organisation's when the app was installed organisation-wide (`isEnterpriseInstall`).
 */
export interface SlackInstallationQuery {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall?: boolean;
}

/** One installation as the adapter reads it back: the token in the clear only in memory. */
export interface SlackInstallationRecord {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  botUserId: string;
  botId: string;
  botToken: string;
  scopes: string[];
  installerUserId: string | null;
  /** Bolt's whole installation record as JSON, kept so Bolt gets back exactly what it saved. */
  installation: string;
  installedAt: Date;
}

export interface SlackRemovedInstallation {
  removed: boolean;
  /** Pending outbox rows of that workspace now failed for good (`status` shows them). */
  failedDeliveries: number;
}

/**
 * Where the Slack adapter keeps the workspaces it was installed in by OAuth (Bolt's installation
 * store stands on it). Tokens are encrypted at rest behind this port.
 */
export interface SlackInstallations {
  /** Saves an installation, replacing the workspace's (or organisation's) previous one. */
  save(record: Omit<SlackInstallationRecord, "installedAt">): Promise<void>;
  /** The installation a query needs; null when the app is not installed there. */
  find(query: SlackInstallationQuery): Promise<SlackInstallationRecord | null>;
  /**
   * Forgets an installation (the app was uninstalled, its tokens revoked) and, in the same
   * transaction, fails that workspace's pending deliveries for good with `reason`.
   */
  remove(query: SlackInstallationQuery, reason: string): Promise<SlackRemovedInstallation>;
}
