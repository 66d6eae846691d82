import type { LookupAddress } from "node:dns";
import { isIP } from "node:net";
import { findNonPublicRange } from "./find-non-public-range.js";
import { NO_ANSWER, OutboundFetchError } from "./outbound-fetch-error.js";
import type { OutboundFetchPolicy } from "./outbound-fetch-policy.js";

/**
 * The addresses to connect to for `url`'s host, each one checked: refused when any of them is not
 * public, since a host name can list a public address next to an internal one.
 */
export async function resolvePublicAddresses(url: URL, policy: OutboundFetchPolicy): Promise<LookupAddress[]> {
  // The WHATWG parser has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: LookupAddress[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await policy.lookup(host);
    } catch {
      throw new OutboundFetchError(NO_ANSWER);
    }
    if (addresses.length === 0) throw new OutboundFetchError(NO_ANSWER);
  }
  const reachable = new Set(policy.reachableAddresses ?? []);
  for (const { address } of addresses) {
    const range = reachable.has(address) ? null : findNonPublicRange(address);
    if (range !== null) throw new OutboundFetchError(`that address is not on the public internet (${range})`);
  }
  return addresses;
}
