import { BlockList, isIPv4, isIPv6 } from "node:net";

// IANA's special-purpose registries: nothing here is a public web server a school would publish on.
const IPV4_RANGES: ReadonlyArray<[network: string, prefix: number, range: string]> = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "carrier-grade NAT"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved for protocols"],
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "6to4 relay"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"], // includes 255.255.255.255, the broadcast address
];

const IPV6_RANGES: ReadonlyArray<[network: string, prefix: number, range: string]> = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["64:ff9b:1::", 48, "local NAT64"],
  ["100::", 64, "discard-only"],
  // Teredo (2001::/32) and 6to4 (2002::/16) tunnel to any IPv4 address, private ones too.
  ["2001::", 23, "reserved for protocols"],
  ["2001:db8::", 32, "documentation"],
  ["2002::", 16, "6to4"],
  ["3fff::", 20, "documentation"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

function blockListOf(ranges: ReadonlyArray<[string, number, string]>, type: "ipv4" | "ipv6"): Array<[BlockList, string]> {
  return ranges.map(([network, prefix, range]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return [list, range];
  });
}

const IPV4_LISTS = blockListOf(IPV4_RANGES, "ipv4");
const IPV6_LISTS = blockListOf(IPV6_RANGES, "ipv6");
const GLOBAL_UNICAST = new BlockList();
GLOBAL_UNICAST.addSubnet("2000::", 3, "ipv6");

/** The 16 bytes of an IPv6 address (a zone such as %eth0 dropped; a dotted IPv4 tail read too). */
function bytesOfIPv6(address: string): number[] {
  let text = address.replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted !== null) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const groupsOf = (part: string | undefined) => (part === undefined || part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)));
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const groups = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

/** The IPv4 address an IPv6 one carries (mapped ::ffff:a.b.c.d, SIIT, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d). */
function embeddedIPv4(bytes: number[]): string | null {
  const prefix = bytes.slice(0, 12);
  const zeros = (from: number, to: number) => prefix.slice(from, to).every((byte) => byte === 0);
  const mapped = zeros(0, 10) && prefix[10] === 0xff && prefix[11] === 0xff;
  const translated = zeros(0, 8) && prefix[8] === 0xff && prefix[9] === 0xff && zeros(10, 12);
  const compatible = zeros(0, 12);
  const nat64 = prefix[0] === 0 && prefix[1] === 0x64 && prefix[2] === 0xff && prefix[3] === 0x9b && zeros(4, 12);
  return mapped || translated || compatible || nat64 ? bytes.slice(12).join(".") : null;
}

function findIPv4Range(address: string): string | null {
  return IPV4_LISTS.find(([list]) => list.check(address, "ipv4"))?.[1] ?? null;
}

/**
 * Why an IP address is not on the public internet (loopback, private, link-local, ...), or null when
 * it is. Not an IP address at all counts as not public.
 */
export function findNonPublicRange(address: string): string | null {
  if (isIPv4(address)) return findIPv4Range(address);
  if (!isIPv6(address)) return "not an IP address";
  const bytes = bytesOfIPv6(address);
  const canonical = Array.from({ length: 8 }, (_, group) => ((bytes[2 * group]! << 8) | bytes[2 * group + 1]!).toString(16)).join(":");
  const named = IPV6_LISTS.find(([list]) => list.check(canonical, "ipv6"))?.[1];
  if (named !== undefined) return named;
  const carried = embeddedIPv4(bytes);
  if (carried !== null) return findIPv4Range(carried);
  return GLOBAL_UNICAST.check(canonical, "ipv6") ? null : "reserved";
}
