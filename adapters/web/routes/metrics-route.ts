import { createHash, timingSafeEqual } from "node:crypto";
import type { Hono } from "hono";
import type { MetricsEndpoint } from "../../../src/ports/metrics-recorder.js";
import type { WebEnv } from "../create-web-app.js";

export interface MetricsRouteOptions {
  metrics?: MetricsEndpoint;
  /** The address the server listens on (127.0.0.1 in tests, HOST); undefined is every interface, as a deployed server needs. */
  host?: string;
}

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string | undefined): boolean {
  return host !== undefined && (host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host));
}

/** Compares digests, which have one length, so neither the token's length nor its bytes leak through timing. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer (.+)$/i.exec(header ?? "")?.[1] ?? "";
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(presented), digest(token)) && presented.length > 0;
}

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN, only for `Authorization: Bearer
 * <token>` (401 otherwise); without it, only when the server listens on loopback (404 otherwise,
 * as if there were no such page), for a Prometheus on the same machine.
 */
export function registerMetricsRoute(app: Hono<WebEnv>, { metrics, host }: MetricsRouteOptions): void {
  app.get("/metrics", async (c) => {
    const notFound = () => c.text("Not found", 404);
    if (metrics === undefined) return notFound();
    if (metrics.token === undefined && !isLoopback(host)) return notFound();
    if (metrics.token !== undefined && !bearerMatches(c.req.header("authorization"), metrics.token)) {
      return c.text("A bearer token is required: Authorization: Bearer <METRICS_TOKEN>.", 401, { "WWW-Authenticate": 'Bearer realm="metrics"' });
    }
    const { contentType, body } = await metrics.scrape();
    return c.body(body, 200, { "Content-Type": contentType, "Cache-Control": "no-store" });
  });
}
