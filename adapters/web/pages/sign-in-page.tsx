import { Layout } from "./layout.js";

/**
 * The page a sign-in link opens. Signing in takes a button press (a POST), not the GET itself:
 * chat apps and mail scanners fetch links to preview them, and would spend a one-time link.
 */
export function SignInPage({ token, csrfToken }: { token: string; csrfToken: string }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in to the partnership dashboard</h1>
      <p class="lead">This link is yours from chat. It works once.</p>
      <form method="post" action={`/sign-in/${token}`}>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <button type="submit">Sign in</button>
      </form>
    </Layout>
  );
}
