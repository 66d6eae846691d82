import type { Clock } from "../clock.js";
import type { SlackInstallationQuery, SlackInstallationRecord, SlackInstallations } from "../ports/slack-installations.js";
import { decryptSecret, encryptSecret } from "../secrets/encrypt-secret.js";
import type { SealedSlackInstallation, SlackInstallationsRepository } from "../store/slack-installations-repository.js";

/** "enterprise:E1" for an organisation-wide install, else "team:T1"; null when the query names neither. */
export function installationKeyOf(query: SlackInstallationQuery): string | null {
  if (query.isEnterpriseInstall === true && query.enterpriseId !== undefined) return `enterprise:${query.enterpriseId}`;
  return query.teamId === undefined ? null : `team:${query.teamId}`;
}

/**
 * The port over the repository: bot tokens and Bolt's installation records are sealed with
 * ENCRYPTION_KEY before they reach the database, bound to their row's key (a sealed token copied
 * into another workspace's row does not open).
 */
export function createSlackInstallations(repository: SlackInstallationsRepository, key: Buffer, clock: Clock): SlackInstallations {
  return {
    async save(record) {
      const installationKey = installationKeyOf({ teamId: record.teamId ?? undefined, enterpriseId: record.enterpriseId ?? undefined, isEnterpriseInstall: record.isEnterpriseInstall });
      if (installationKey === null) throw new Error("a Slack installation names neither a team nor an organisation");
      const token = encryptSecret(key, record.botToken, `${installationKey}:bot-token`);
      const installation = encryptSecret(key, record.installation, `${installationKey}:installation`);
      await repository.save({
        installationKey,
        teamId: record.teamId,
        enterpriseId: record.enterpriseId,
        isEnterpriseInstall: record.isEnterpriseInstall,
        botUserId: record.botUserId,
        botId: record.botId,
        scopes: record.scopes.join(","),
        installerUserId: record.installerUserId,
        botTokenCiphertext: token.ciphertext,
        botTokenIv: token.iv,
        botTokenTag: token.tag,
        installationCiphertext: installation.ciphertext,
        installationIv: installation.iv,
        installationTag: installation.tag,
        installedAt: clock.now(),
      });
    },
    async find(query) {
      const installationKey = installationKeyOf(query);
      const row = installationKey === null ? null : await repository.find(installationKey);
      return row === null ? null : open(row, key);
    },
    async remove(query, reason) {
      const installationKey = installationKeyOf(query);
      if (installationKey === null) return { removed: false, failedDeliveries: 0 };
      const workspaceId = installationKey.startsWith("team:") ? query.teamId! : null;
      return repository.remove(installationKey, { workspaceId, reason, now: clock.now() });
    },
  };
}

function open(row: SealedSlackInstallation, key: Buffer): SlackInstallationRecord {
  const botToken = decryptSecret(key, { ciphertext: row.botTokenCiphertext, iv: row.botTokenIv, tag: row.botTokenTag }, `${row.installationKey}:bot-token`);
  const installation = decryptSecret(key, { ciphertext: row.installationCiphertext, iv: row.installationIv, tag: row.installationTag }, `${row.installationKey}:installation`);
  return {
    teamId: row.teamId,
    enterpriseId: row.enterpriseId,
    isEnterpriseInstall: row.isEnterpriseInstall,
    botUserId: row.botUserId,
    botId: row.botId,
    botToken,
    scopes: row.scopes === "" ? [] : row.scopes.split(","),
    installerUserId: row.installerUserId,
    installation,
    installedAt: row.installedAt,
  };
}
