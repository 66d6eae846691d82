import type { App } from "@slack/bolt";
import type { SlackInstallations } from "../../../src/ports/slack-installations.js";
import type { WorkspaceClients } from "../workspace-clients.js";
import type { ListenerDependencies } from "./listener-dependencies.js";

/**
 * The app was uninstalled from a workspace, or its bot token revoked: the installation goes, and
 * so do that workspace's pending deliveries (failed for good, `status` says why). Bolt runs these
 * two events without authorizing them, since the token is gone already. Slack may send them twice;
 * removing twice changes nothing.
 */
export function registerAppUninstalled(app: App, { logger }: ListenerDependencies, installations: SlackInstallations, clients: WorkspaceClients): void {
  const remove = async (reason: "app_uninstalled" | "tokens_revoked", context: { teamId?: string; enterpriseId?: string; isEnterpriseInstall?: boolean }) => {
    const query = { teamId: context.teamId, enterpriseId: context.enterpriseId, isEnterpriseInstall: context.isEnterpriseInstall === true };
    const { removed, failedDeliveries } = await installations.remove(query, reason);
    if (context.teamId !== undefined) clients.forget(context.teamId);
    logger.info({ reason, teamId: context.teamId, enterpriseId: context.enterpriseId, removed, failedDeliveries }, "slack installation removed");
  };
  app.event("app_uninstalled", async ({ context }) => remove("app_uninstalled", context));
  app.event("tokens_revoked", async ({ event, context }) => {
    // A revoked user token leaves the bot working; only the bot's own token matters here.
    if ((event.tokens.bot ?? []).length > 0) await remove("tokens_revoked", context);
  });
}
