import { OutboundFetchError } from "./outbound-fetch-error.js";

/** A user-given address as an https URL: webcal:// is a calendar app's name for https://; plain http is refused. */
export function parseHttpsUrl(address: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(address.replace(/^webcal:\/\//i, "https://"), base);
  } catch {
    throw new OutboundFetchError(base === undefined ? "that is not a web address" : "it redirected to something that is not a web address");
  }
  // Plain http can be read and changed on the way, and is how internal services usually listen.
  if (url.protocol === "http:") throw new OutboundFetchError(base === undefined ? "I only read https:// addresses; use the https:// one" : "it redirected to a plain http:// address, and I only read https://");
  if (url.protocol !== "https:") throw new OutboundFetchError("I only read https:// and webcal:// addresses");
  return url;
}
