import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { LookupAddress } from "node:dns";
import type { OutboundFetchPolicy } from "../../src/net/outbound-fetch-policy.js";

const folder = new URL("./tls/", import.meta.url);
/** A self-signed certificate for calendar.test, other.test, rebind.test, 127.0.0.1 and 127.0.0.2, valid until 2126; tests only. */
export const TEST_CERTIFICATE = readFileSync(new URL("test-server-cert.pem", folder), "utf8");
const TEST_KEY = readFileSync(new URL("test-server-key.pem", folder), "utf8");

export interface LocalHttpsServer {
  port: number;
  /** Requests it received, by path. */
  requests: string[];
  close(): Promise<void>;
}

/** An https server with the test certificate on a loopback address (127.0.0.2 works on Linux too). */
export async function startLocalHttpsServer(handle: (request: IncomingMessage, response: ServerResponse) => void, host = "127.0.0.1"): Promise<LocalHttpsServer> {
  const requests: string[] = [];
  const server = createServer({ cert: TEST_CERTIFICATE, key: TEST_KEY }, (request, response) => {
    requests.push(request.url ?? "");
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/**
 * A policy that resolves the given test host names (a function answers differently each time, for
 * rebinding) and lets the bot reach 127.0.0.1 only, trusting the test certificate.
 */
export function testFetchPolicy(hosts: Record<string, string | (() => string)> = {}, lookups: string[] = []): OutboundFetchPolicy {
  return {
    async lookup(hostname): Promise<LookupAddress[]> {
      lookups.push(hostname);
      const answer = hosts[hostname];
      if (answer === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
      const addresses = (typeof answer === "function" ? answer() : answer).split(",");
      return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    },
    reachableAddresses: ["127.0.0.1"],
    trustedCa: TEST_CERTIFICATE,
  };
}
