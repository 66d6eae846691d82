import type { Child } from "hono/jsx";

export interface LayoutProps {
  title: string;
  /** Who is signed in, with the token the sign-out form needs; absent on public pages. */
  signedIn?: { displayName: string; csrfToken: string };
  children: Child;
  /** Tables of many columns get the whole window. */
  wide?: boolean;
}

/** Every page's frame: one stylesheet, landmarks for screen readers, a skip link, no scripts. */
export function Layout({ title, signedIn, children, wide }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} - Partnership dashboard`}</title>
        <link rel="stylesheet" href="/assets/style.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
          <div class="inner">
            <a href="/">Partnership dashboard</a>
            {signedIn !== undefined && (
              <form method="post" action="/sign-out">
                <input type="hidden" name="_csrf" value={signedIn.csrfToken} />
                <button type="submit" class="secondary">Sign out</button>
              </form>
            )}
          </div>
        </header>
        <main id="main" class={wide === true ? "wide" : undefined}>{children}</main>
        <footer class="site-footer">
          <div class="inner">The partnership bot's dashboard. Sign in from chat with /partner dashboard.</div>
        </footer>
      </body>
    </html>
  );
}
