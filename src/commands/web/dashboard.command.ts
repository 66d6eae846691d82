import { MessageBuilder } from "../../ui/message-builder.js";
import { createSignInLink } from "../../web/create-sign-in-link.js";
import { SIGN_IN_LINK_MINUTES } from "../../web/web-secrets.js";
import { defineCommand } from "../define-command.js";

/** Where links point when no PUBLIC_URL reached the bot (tests); read-config gives the real default. */
const FALLBACK_PUBLIC_URL = "http://127.0.0.1:3000";

/** The sign-in address for a token: PUBLIC_URL may carry a path (https://example.org/partners/). */
export function signInUrl(publicUrl: string, token: string): string {
  return new URL(`sign-in/${token}`, publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`).toString();
}

export const dashboardCommand = defineCommand({
  name: "dashboard",
  summary: "Open the web dashboard: a private sign-in link that works once, for 10 minutes",
  arguments: {},
  examples: ["/partner dashboard"],
  async handle(_args, context) {
    const { token } = await createSignInLink(context.store.webSessions, context.clock, context.actor);
    return new MessageBuilder("Your dashboard link")
      .text(signInUrl(context.publicUrl ?? FALLBACK_PUBLIC_URL, token))
      .context(`Only you see this. The link works once, for ${SIGN_IN_LINK_MINUTES} minutes, and signs in as you: do not forward it.`)
      .build();
  },
});
