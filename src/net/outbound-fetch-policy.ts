import { lookup } from "node:dns/promises";
import type { LookupAddress } from "node:dns";

/**
 * Who may be reached when the bot fetches an address a user gave. Production uses
 * `publicInternetPolicy`; tests pass their own to reach their loopback servers, in code, never
 * through the environment, so no deployment can switch the checks off by a setting.
 */
export interface OutboundFetchPolicy {
  /** Every address a host name resolves to. */
  lookup(hostname: string): Promise<LookupAddress[]>;
  /** Addresses that may be reached although they are not public: a test's own servers only. */
  reachableAddresses?: readonly string[];
  /** Certificates (PEM) to trust instead of the system's: a test's self-signed one only. */
  trustedCa?: string;
}

export const publicInternetPolicy: OutboundFetchPolicy = {
  lookup: (hostname) => lookup(hostname, { all: true, verbatim: true }),
};
