import type { AppOptions, webApi } from "@slack/bolt";
import type { Logger } from "../../../src/logging/create-logger.js";
import type { SlackInstallations } from "../../../src/ports/slack-installations.js";
import { describeSlackError } from "../describe-slack-error.js";
import { BOT_SCOPES } from "./bot-scopes.js";
import { createInstallationStore } from "./create-installation-store.js";
import { INSTALL_PAGE_HEADERS, renderInstallPage, sendInstalledPage, sendInstallFailedPage } from "./install-pages.js";

export interface SlackOAuthOptions {
  /** Basic Information, App Credentials: Client ID and Client Secret. */
  clientId: string;
  clientSecret: string;
  /** Signs the one-time state of each install link (SLACK_STATE_SECRET). */
  stateSecret: string;
  /** Where the installations live (encrypted by the core). */
  installations: SlackInstallations;
  /** PUBLIC_URL + /slack/oauth_redirect, as listed under the app's Redirect URLs. */
  redirectUri?: string;
}

export const INSTALL_PATH = "/slack/install";
export const REDIRECT_PATH = "/slack/oauth_redirect";

/** Slack's authorize page next to its Web API (GovSlack's, or the fake's in tests). */
function authorizationUrlOf(apiUrl: string | undefined): string | undefined {
  return apiUrl === undefined ? undefined : new URL("../oauth/v2/authorize", apiUrl).toString();
}

/**
 * Bolt's own OAuth v2 flow: GET /slack/install is a page with the Add to Slack link (its state in a
 * signed, 10-minute value and a cookie of this browser), GET /slack/oauth_redirect exchanges the
 * code with oauth.v2.access and saves the installation. Every request is then authorized with the
 * token of the workspace it comes from.
 */
export function oauthAppOptions(oauth: SlackOAuthOptions, clientOptions: webApi.WebClientOptions, apiUrl: string | undefined, logger: Logger): Partial<AppOptions> {
  const authorizationUrl = authorizationUrlOf(apiUrl);
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    redirectUri: oauth.redirectUri,
    installationStore: createInstallationStore(oauth.installations),
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      directInstall: false,
      clientOptions,
      ...(authorizationUrl === undefined ? {} : { authorizationUrl }),
      renderHtmlForInstallPath: renderInstallPage,
      installPathOptions: {
        beforeRedirection: async (_request, response) => {
          for (const [name, value] of Object.entries(INSTALL_PAGE_HEADERS)) if (name !== "content-type") response.setHeader(name, value);
          return true;
        },
      },
      callbackOptions: {
        success: (installation, _options, _request, response) => {
          logger.info({ teamId: installation.team?.id, enterpriseId: installation.enterprise?.id, installer: installation.user.id }, "slack app installed");
          sendInstalledPage(response, installation.team?.name ?? installation.enterprise?.name ?? "your workspace");
        },
        failure: (error, _options, _request, response) => {
          logger.warn({ error: describeSlackError(error) }, "a slack installation did not finish");
          sendInstallFailedPage(response);
        },
      },
    },
  };
}
