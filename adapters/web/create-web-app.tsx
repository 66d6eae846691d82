import { randomBytes } from "node:crypto";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "../../src/logging/create-logger.js";
import type { Core } from "../../src/ports/core.js";
import type { SignInLinkState, WebAccess, WebSession } from "../../src/ports/web-access.js";
import { STYLESHEET } from "./assets/stylesheet.js";
import { MessagePage } from "./pages/message-page.js";
import { SignInPage } from "./pages/sign-in-page.js";
import { StartPage } from "./pages/start-page.js";
import { registerMetricsRoute, type MetricsRouteOptions } from "./routes/metrics-route.js";
import { registerReportRoutes } from "./routes/report-routes.js";
import { registerPartnershipRoutes } from "./routes/partnership-routes.js";
import { registerPortfolioRoutes } from "./routes/portfolio-routes.js";
import { registerSurveyLinkRoutes, type SurveyLinkRoutesOptions } from "./routes/survey-link-routes.js";
import { securityHeaders } from "./security-headers.js";
import { verifyCsrfToken } from "./verify-csrf-token.js";
import { WebCookies } from "./web-cookies.js";

// Hono with its own JSX: server-rendered HTML from typed components, escaped by default, with no
// client runtime and no template language to learn; it runs on Node through @hono/node-server and
// brings the middleware this needs (secure headers, body limit, cookies, an Origin check).

export interface WebAppOptions extends Pick<SurveyLinkRoutesOptions, "surveyLimits">, MetricsRouteOptions {
  /** The core's one port: sessions, the dashboard's reads, reports and survey links all go through it. */
  core: Core;
  /** PUBLIC_URL: its origin is the only one forms may come from; https makes cookies Secure. */
  publicUrl: string;
  logger: Logger;
}

export type WebEnv = { Variables: { session: WebSession | null } };
type Env = WebEnv;

/** What a routes file gets to register its pages. */
export interface WebRoutesContext {
  dashboard: Pick<Core, "viewPortfolio" | "viewPartnership" | "viewHistory">;
  /** The signed-in person for the page frame, or undefined before sign-in. */
  signedIn(c: Context<Env>): { displayName: string; csrfToken: string } | undefined;
}

const REFUSED: Record<Exclude<SignInLinkState, "valid">, { status: 404 | 410; title: string; lines: string[] }> = {
  unknown: { status: 404, title: "This sign-in link does not work", lines: ["It is not a link the bot gave out, or part of it is missing. Copy the whole link, or type /partner dashboard in chat for a new one."] },
  used: { status: 410, title: "This sign-in link has already been used", lines: ["Each link works once. Type /partner dashboard in chat for a new one."] },
  expired: { status: 410, title: "This sign-in link has expired", lines: ["Links work for 10 minutes. Type /partner dashboard in chat for a new one."] },
};

const FORBIDDEN_LINES = ["The form was not sent from this dashboard's own page, or it is older than your session. Go back, reload the page and try again."];

/** The web adapter's routes: sign-in from a chat link, the signed-in start page, sign-out. */
export function createWebApp({ core, publicUrl, logger, surveyLimits, metrics, host }: WebAppOptions): Hono<Env> {
  const access: WebAccess = core;
  const secure = new URL(publicUrl).protocol === "https:";
  const cookies = new WebCookies(secure);
  const app = new Hono<Env>();
  const signedIn = (c: Context<Env>) => {
    const session = c.get("session");
    return session === null ? undefined : { displayName: session.actor.displayName, csrfToken: session.csrfToken };
  };

  app.use("*", ...securityHeaders(secure));
  app.use("*", bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text("The form is too large.", 413) }));
  // Before sessions: a scrape carries no cookie, and must not cost a session lookup.
  registerMetricsRoute(app, { metrics, host });
  // Before sessions and CSRF: a survey link is anonymous (no session to protect); its form carries its own signed token.
  registerSurveyLinkRoutes(app, { surveyLinks: core, surveyLimits, clock: core, secure });
  // Defence in depth beside the tokens: a form must come from PUBLIC_URL's origin.
  app.use("*", csrf({ origin: new URL(publicUrl).origin }));
  app.use("*", async (c, next) => {
    const sessionId = cookies.readSession(c);
    c.set("session", sessionId === undefined ? null : await access.findSession(sessionId));
    await next();
  });
  // Every POST carries a CSRF token: the session's, or before sign-in the one in the sign-in cookie.
  app.use("*", async (c, next) => {
    if (c.req.method !== "POST") return next();
    const body = await c.req.parseBody();
    const expected = c.req.path.startsWith("/sign-in/") ? cookies.readSignIn(c) : c.get("session")?.csrfToken;
    if (!verifyCsrfToken(body._csrf, expected)) return c.html(<MessagePage title="This form has expired" lines={FORBIDDEN_LINES} signedIn={signedIn(c)} />, 403);
    return next();
  });

  app.get("/assets/style.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  const routes: WebRoutesContext = { dashboard: core, signedIn };
  registerPortfolioRoutes(app, routes);
  registerPartnershipRoutes(app, routes);

  app.get("/sign-in/:token", async (c) => {
    const token = c.req.param("token");
    const state = await access.inspectSignInLink(token);
    if (state !== "valid") return c.html(<MessagePage title={REFUSED[state].title} lines={REFUSED[state].lines} />, REFUSED[state].status);
    const csrfToken = randomBytes(32).toString("base64url");
    cookies.writeSignIn(c, csrfToken);
    return c.html(<SignInPage token={token} csrfToken={csrfToken} />);
  });

  app.post("/sign-in/:token", async (c) => {
    const outcome = await access.redeemSignInLink(c.req.param("token"));
    cookies.clearSignIn(c);
    if (outcome.kind === "refused") {
      const refused = REFUSED[outcome.reason];
      return c.html(<MessagePage title={refused.title} lines={refused.lines} />, refused.status);
    }
    const previous = c.get("session");
    if (previous !== null) await access.endSession(previous.id);
    cookies.writeSession(c, outcome.session.id, outcome.session.expiresAt, core.now());
    return c.redirect("/", 303);
  });

  app.post("/sign-out", async (c) => {
    const session = c.get("session");
    if (session !== null) await access.endSession(session.id);
    cookies.clearSession(c);
    return c.html(<StartPage session={null} notice="You have signed out." />);
  });

  registerReportRoutes(app, { reports: core });

  app.notFound((c) => c.html(<MessagePage title="Page not found" lines={["There is nothing at this address. Check it, or start again from the dashboard."]} signedIn={signedIn(c)} />, 404));

  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 403) return c.html(<MessagePage title="This form has expired" lines={FORBIDDEN_LINES} />, 403);
    if (error instanceof HTTPException) return error.getResponse();
    logger.error({ err: error, method: c.req.method, path: c.req.path }, "web request failed");
    return c.html(<MessagePage title="Sorry, something went wrong" lines={["The problem has been logged. Try again in a moment."]} />, 500);
  });

  return app;
}
