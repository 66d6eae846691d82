import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { SlackInstallationQuery, SlackInstallations } from "../../../src/ports/slack-installations.js";

function queryOf(query: InstallationQuery<boolean>): SlackInstallationQuery {
  return { teamId: query.teamId, enterpriseId: query.enterpriseId, isEnterpriseInstall: query.isEnterpriseInstall };
}

/**
 * Bolt's installation store on the core's port: Bolt's OAuth flow saves here, and Bolt's authorize
 * reads the workspace's token here for every request. The record Bolt saved comes back whole.
 */
export function createInstallationStore(installations: SlackInstallations): InstallationStore {
  return {
    async storeInstallation(installation) {
      const { bot } = installation;
      if (bot === undefined) throw new Error("Slack's answer had no bot token: the app must ask for bot scopes");
      await installations.save({
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall: installation.isEnterpriseInstall === true,
        botUserId: bot.userId,
        botId: bot.id,
        botToken: bot.token,
        scopes: bot.scopes,
        installerUserId: installation.user.id ?? null,
        installation: JSON.stringify(installation),
      });
    },
    async fetchInstallation(query) {
      const record = await installations.find(queryOf(query));
      if (record === null) throw new Error(`the app is not installed in ${query.isEnterpriseInstall ? `organisation ${query.enterpriseId}` : `workspace ${query.teamId}`}`);
      return JSON.parse(record.installation) as Installation<"v2", boolean>;
    },
    async deleteInstallation(query) {
      await installations.remove(queryOf(query), "app_uninstalled");
    },
  };
}
