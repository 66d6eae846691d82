import type { LookupAddress } from "node:dns";
import type { IncomingMessage } from "node:http";
import { request } from "node:https";
import type { LookupFunction } from "node:net";
import { NO_ANSWER, OutboundFetchError } from "./outbound-fetch-error.js";
import type { OutboundFetchPolicy } from "./outbound-fetch-policy.js";
import { parseHttpsUrl } from "./parse-https-url.js";
import { resolvePublicAddresses } from "./resolve-public-addresses.js";

export interface FetchLimits {
  maxBytes: number;
  /** For the whole fetch: lookups, redirects and the body. */
  timeoutMs: number;
  maxRedirects: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function rejectOnAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(new OutboundFetchError(NO_ANSWER)), { once: true }))]);
}

/** Connects to the addresses that were checked, never to a fresh lookup's: DNS rebinding cannot swap them. */
function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all === true) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

function get(url: URL, addresses: LookupAddress[], policy: OutboundFetchPolicy, accept: string, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    // No shared agent: a pooled socket must not carry this request to another host's address.
    const outgoing = request(url, { agent: false, lookup: pinnedLookup(addresses), ca: policy.trustedCa, signal, headers: { accept, "user-agent": "partnership-bot" } }, resolve);
    // Refused, reset, no TLS, a bad certificate or no answer in time: one reason for all of them.
    outgoing.on("error", () => reject(new OutboundFetchError(NO_ANSWER)));
    outgoing.end();
  });
}

async function readCappedBody(response: IncomingMessage, limits: FetchLimits, signal: AbortSignal): Promise<Buffer> {
  const tooBig = new OutboundFetchError(`it is over ${limits.maxBytes / 1_000_000} MB`);
  if (Number(response.headers["content-length"] ?? 0) > limits.maxBytes) throw tooBig;
  const stopReading = () => response.destroy();
  signal.addEventListener("abort", stopReading, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > limits.maxBytes) throw tooBig;
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof OutboundFetchError) throw error;
    throw new OutboundFetchError(signal.aborted ? `it did not send the whole file within ${limits.timeoutMs / 1000} seconds` : "the connection broke before the whole file arrived");
  } finally {
    signal.removeEventListener("abort", stopReading);
    response.destroy();
  }
  if (signal.aborted) throw new OutboundFetchError(`it did not send the whole file within ${limits.timeoutMs / 1000} seconds`);
  return Buffer.concat(chunks);
}

/**
 * The body at a user-given address, read safely: https only, every host (redirects too, by hand)
 * resolved and checked to be on the public internet, the connection pinned to the checked address,
 * capped in size and time. Failures are OutboundFetchErrors whose reason never quotes the server.
 */
export async function fetchPublicUrl(address: string, policy: OutboundFetchPolicy, limits: FetchLimits, accept = "*/*"): Promise<Buffer> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = parseHttpsUrl(address);
  for (let redirects = 0; ; redirects++) {
    const addresses = await rejectOnAbort(resolvePublicAddresses(url, policy), signal);
    const response = await get(url, addresses, policy, accept, signal);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (REDIRECTS.has(status) && location !== undefined) {
      response.destroy();
      if (redirects >= limits.maxRedirects) throw new OutboundFetchError(`it redirected more than ${limits.maxRedirects} times`);
      url = parseHttpsUrl(location, url);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new OutboundFetchError(`it answered HTTP ${status}`);
    }
    return readCappedBody(response, limits, signal);
  }
}
