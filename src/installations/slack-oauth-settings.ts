import type { Clock } from "../clock.js";
import type { Config } from "../config/read-config.js";
import type { SlackInstallations } from "../ports/slack-installations.js";
import type { Store } from "../store/create-store.js";
import { createSlackInstallations } from "./create-slack-installations.js";

export interface SlackOAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  redirectUri: string;
  installations: SlackInstallations;
}

/** The Slack adapter's OAuth settings when SLACK_CLIENT_ID is set (the config has checked the rest is there). */
export function slackOAuthSettings(config: Config, store: Store, clock: Clock): SlackOAuthSettings | undefined {
  const { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret, ENCRYPTION_KEY: key } = config;
  if (clientId === undefined || clientSecret === undefined || stateSecret === undefined || key === undefined) return undefined;
  return {
    clientId,
    clientSecret,
    stateSecret,
    redirectUri: `${config.PUBLIC_URL.replace(/\/+$/, "")}/slack/oauth_redirect`,
    installations: createSlackInstallations(store.slackInstallations, key, clock),
  };
}
