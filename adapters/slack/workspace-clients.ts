import { webApi } from "@slack/bolt";
import { PermanentDeliveryError } from "../../src/ports/delivery.js";
import type { SlackInstallations } from "../../src/ports/slack-installations.js";

/** The Web API client for one workspace: what the outbox posts with, so each row goes with its workspace's token. */
export interface WorkspaceClients {
  forWorkspace(teamId: string): Promise<webApi.WebClient>;
  /** Drops what is remembered of a workspace (it uninstalled the app). */
  forget(teamId: string): void;
}

/** One workspace's token (SLACK_BOT_TOKEN) for everything. */
export function singleTokenClients(client: webApi.WebClient): WorkspaceClients {
  return { forWorkspace: async () => client, forget: () => undefined };
}

/** A client is reused this long before the installation is read again (another process may have removed it). */
const REMEMBER_MS = 30_000;

/**
 * Clients from the installations Bolt's OAuth flow saved: one per workspace, read from the store
 * (and decrypted) at most every 30 s. A workspace without an installation fails the delivery for
 * good: nothing could post there until someone installs the app again.
 */
export function installedClients(installations: SlackInstallations, clientOptions: webApi.WebClientOptions, onNewClient: (client: webApi.WebClient) => void = () => {}): WorkspaceClients {
  const remembered = new Map<string, { token: string; client: webApi.WebClient; until: number }>();
  return {
    async forWorkspace(teamId) {
      const now = performance.now();
      const known = remembered.get(teamId);
      if (known !== undefined && known.until > now) return known.client;
      const installation = await installations.find({ teamId });
      if (installation === null) {
        remembered.delete(teamId);
        throw new PermanentDeliveryError(`not_installed: the app has no installation in Slack workspace ${teamId}`);
      }
      const client = known?.token === installation.botToken ? known.client : new webApi.WebClient(installation.botToken, { ...clientOptions, teamId });
      if (client !== known?.client) onNewClient(client);
      remembered.set(teamId, { token: installation.botToken, client, until: now + REMEMBER_MS });
      return client;
    },
    forget: (teamId) => void remembered.delete(teamId),
  };
}
