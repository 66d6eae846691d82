import type { WebSession } from "../../../src/ports/web-access.js";
import { Layout } from "./layout.js";

/** The start page: who is signed in, or how to sign in from chat. */
export function StartPage({ session, notice }: { session: WebSession | null; notice?: string }) {
  if (session === null) {
    return (
      <Layout title="Sign in from chat">
        {notice !== undefined && <p class="notice">{notice}</p>}
        <h1>Sign in from chat</h1>
        <p class="lead">The dashboard has no passwords. Ask the partnership bot for a link where you already work with it:</p>
        <p>
          <code>/partner dashboard</code>
        </p>
        <p class="hint">The bot answers only you, with a link that works once, for 10 minutes.</p>
      </Layout>
    );
  }
  const { actor } = session;
  return (
    <Layout title="Dashboard" signedIn={{ displayName: actor.displayName, csrfToken: session.csrfToken }}>
      <h1>Partnership dashboard</h1>
      <p class="lead">Signed in as {actor.displayName}.</p>
      <p class="hint">
        You see here what you see in chat ({actor.platform}, workspace {actor.workspaceId}). This session ends by {session.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC, or when you sign out.
      </p>
    </Layout>
  );
}
