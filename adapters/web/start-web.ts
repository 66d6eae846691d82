import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getRequestListener, serve } from "@hono/node-server";
import { createWebApp, type WebAppOptions } from "./create-web-app.js";

export interface WebSettings extends WebAppOptions {
  port: number;
}

export interface RunningWeb {
  /** Where it listens, such as http://127.0.0.1:38211 (the real port when `port` was 0). */
  url: string;
  stop(): Promise<void>;
}

/** Serves the web adapter over HTTP on Node; resolves once it listens, rejects if it cannot. */
export async function startWeb(settings: WebSettings): Promise<RunningWeb> {
  const app = createWebApp(settings);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A browser's keep-alive connections would hold close() open.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}

/** The web adapter as a Node request handler, for a server another adapter already holds (Slack's, on PORT). */
export function createWebRequestListener(settings: WebAppOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const app = createWebApp(settings);
  const listener = getRequestListener(app.fetch);
  return (request, response) => void listener(request, response);
}
