import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fetchPublicUrl, type FetchLimits } from "../../../src/net/fetch-public-url.js";
import { OutboundFetchError } from "../../../src/net/outbound-fetch-error.js";
import { publicInternetPolicy } from "../../../src/net/outbound-fetch-policy.js";
import { startLocalHttpsServer, testFetchPolicy, type LocalHttpsServer } from "../../support/local-https-server.js";

const LIMITS: FetchLimits = { maxBytes: 1_000, timeoutMs: 2_000, maxRedirects: 3 };
const SECRET = "SECRET-internal-admin-page";

let servers: LocalHttpsServer[] = [];
let plain: Server | undefined;
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  plain?.close();
  plain = undefined;
});

async function serve(handle: Parameters<typeof startLocalHttpsServer>[0], host?: string): Promise<LocalHttpsServer> {
  const server = await startLocalHttpsServer(handle, host);
  servers.push(server);
  return server;
}

async function reasonOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (failure: unknown) => failure);
  expect(error).toBeInstanceOf(OutboundFetchError);
  return (error as OutboundFetchError).reason;
}

describe("fetching an address a user gave", () => {
  it("reads a public https address, and a webcal:// one as https://", async () => {
    const server = await serve((_request, response) => response.end("BEGIN:VCALENDAR"));
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    expect((await fetchPublicUrl(`https://calendar.test:${server.port}/a.ics`, policy, LIMITS)).toString()).toBe("BEGIN:VCALENDAR");
    expect((await fetchPublicUrl(`webcal://calendar.test:${server.port}/b.ics`, policy, LIMITS)).toString()).toBe("BEGIN:VCALENDAR");
    expect(server.requests).toEqual(["/a.ics", "/b.ics"]);
  });

  it("refuses plain http without connecting, and says to use https", async () => {
    let requests = 0;
    plain = createHttpServer((_request, response) => {
      requests++;
      response.end(SECRET);
    });
    await new Promise<void>((resolve) => plain!.listen(0, "127.0.0.1", resolve));
    const port = (plain.address() as AddressInfo).port;
    expect(await reasonOf(fetchPublicUrl(`http://127.0.0.1:${port}/`, testFetchPolicy(), LIMITS))).toBe("I only read https:// addresses; use the https:// one");
    expect(await reasonOf(fetchPublicUrl("ftp://calendar.test/a.ics", testFetchPolicy(), LIMITS))).toBe("I only read https:// and webcal:// addresses");
    expect(requests).toBe(0);
  });

  it.each([
    ["https://127.0.0.1/", "loopback"],
    ["https://2130706433/", "loopback"],
    ["https://0x7f.0.0.1/", "loopback"],
    ["https://[::ffff:127.0.0.1]/", "loopback"],
    ["https://[::1]/", "loopback"],
    ["https://169.254.169.254/latest/meta-data/", "link-local"],
    ["webcal://10.0.0.8/calendar.ics", "private"],
    ["https://localhost/", "loopback"],
  ])("refuses %s with the production policy (%s)", async (address, range) => {
    expect(await reasonOf(fetchPublicUrl(address, publicInternetPolicy, LIMITS))).toBe(`that address is not on the public internet (${range})`);
  });

  it("refuses a host name when any of its addresses is not public", async () => {
    const policy = testFetchPolicy({ "mixed.test": "93.184.216.34,192.168.0.10" });
    expect(await reasonOf(fetchPublicUrl("https://mixed.test/", policy, LIMITS))).toBe("that address is not on the public internet (private)");
  });

  it("refuses a redirect to a loopback address, which it would otherwise have read", async () => {
    const inside = await serve((_request, response) => response.end(SECRET), "127.0.0.2");
    const outside = await serve((_request, response) => response.writeHead(302, { location: `https://127.0.0.2:${inside.port}/admin` }).end());
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${outside.port}/`, policy, LIMITS))).toBe("that address is not on the public internet (loopback)");
    expect(inside.requests).toEqual([]);
  });

  it("refuses a redirect to plain http, and to a host that resolves to a private address", async () => {
    const server = await serve((request, response) => {
      const to = request.url === "/to-http" ? "http://calendar.test/" : "https://intranet.test/";
      response.writeHead(301, { location: to }).end();
    });
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1", "intranet.test": "10.1.2.3" });
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/to-http`, policy, LIMITS))).toBe("it redirected to a plain http:// address, and I only read https://");
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/to-intranet`, policy, LIMITS))).toBe("that address is not on the public internet (private)");
  });

  it("follows three redirects, relative ones too, and refuses a fourth", async () => {
    const server = await serve((request, response) => {
      const hop = Number(/\d+/.exec(request.url ?? "")?.[0] ?? 0);
      if (request.url === `/hop-${hop}` && hop < 9) response.writeHead(307, { location: `/hop-${hop + 1}` }).end();
      else response.end("arrived");
    });
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    expect((await fetchPublicUrl(`https://calendar.test:${server.port}/hop-6`, policy, LIMITS)).toString()).toBe("arrived");
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/hop-1`, policy, LIMITS))).toBe("it redirected more than 3 times");
  });

  it("connects to the address it checked, so a second answer from DNS (rebinding) cannot send it elsewhere", async () => {
    const inside = await serve((_request, response) => response.end(SECRET), "127.0.0.2");
    const checked = await serve((_request, response) => response.end("the public calendar"));
    expect(inside.port).not.toBe(0);
    let answers = 0;
    const lookups: string[] = [];
    // First answer checked and allowed; any later lookup would point at the internal server.
    const policy = testFetchPolicy({ "rebind.test": () => (answers++ === 0 ? "127.0.0.1" : "127.0.0.2") }, lookups);
    const body = await fetchPublicUrl(`https://rebind.test:${checked.port}/`, policy, LIMITS);
    expect(body.toString()).toBe("the public calendar");
    expect(lookups).toEqual(["rebind.test"]);
    expect(inside.requests).toEqual([]);
  });

  it("names the HTTP status of a public server but never repeats what it sent", async () => {
    const server = await serve((_request, response) => response.writeHead(404, { "content-type": "text/plain" }).end(SECRET));
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    const reason = await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/missing.ics`, policy, LIMITS));
    expect(reason).toBe("it answered HTTP 404");
    expect(reason).not.toContain("SECRET");
  });

  it("gives one reason for a closed port, a port without TLS and a host that does not exist", async () => {
    plain = createHttpServer((_request, response) => response.end(SECRET));
    await new Promise<void>((resolve) => plain!.listen(0, "127.0.0.1", resolve));
    const openPort = (plain.address() as AddressInfo).port;
    const closed = await serve(() => undefined);
    await closed.close();
    servers = [];
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    const reasons = [
      await reasonOf(fetchPublicUrl(`https://calendar.test:${closed.port}/`, policy, LIMITS)),
      await reasonOf(fetchPublicUrl(`https://calendar.test:${openPort}/`, policy, LIMITS)),
      await reasonOf(fetchPublicUrl("https://nowhere.test/", policy, LIMITS)),
    ];
    expect(reasons).toEqual(Array(3).fill("nothing answered at that address over https"));
  });

  it("stops a body over the size cap, and one that drips until the time runs out", async () => {
    const server = await serve((request, response) => {
      if (request.url === "/huge") {
        response.end("X".repeat(5_000));
        return;
      }
      response.writeHead(200);
      const drip = setInterval(() => response.write("X"), 50);
      response.on("close", () => clearInterval(drip));
    });
    const policy = testFetchPolicy({ "calendar.test": "127.0.0.1" });
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/huge`, policy, LIMITS))).toBe("it is over 0.001 MB");
    expect(await reasonOf(fetchPublicUrl(`https://calendar.test:${server.port}/drip`, policy, { ...LIMITS, timeoutMs: 500 }))).toBe("it did not send the whole file within 0.5 seconds");
  });
});
