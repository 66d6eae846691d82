import { describe, expect, it } from "vitest";
import { findNonPublicRange } from "../../../src/net/find-non-public-range.js";

describe("which addresses count as the public internet", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["10.255.255.255", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"], // cloud metadata services
    ["100.64.0.1", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.0.8", "reserved for protocols"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["192.88.99.1", "6to4 relay"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["3fff::1", "documentation"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved for protocols"], // Teredo
    ["2002:7f00:1::1", "6to4"],
    ["100::1", "discard-only"],
    ["64:ff9b:1::1", "local NAT64"],
    ["::ffff:127.0.0.1", "loopback"], // IPv4-mapped
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:a00:1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:0:192.168.0.1", "private"], // IPv4-translated (SIIT)
    ["::127.0.0.1", "loopback"], // IPv4-compatible
    ["::a00:1", "private"],
    ["64:ff9b::10.0.0.1", "private"], // NAT64 carrying a private address
    ["64:ff9b::7f00:1", "loopback"],
    ["4000::1", "reserved"], // outside 2000::/3, not allocated
    ["5f00::1", "reserved"],
    ["calendar.example.org", "not an IP address"],
    ["", "not an IP address"],
  ])("GIVEN %s THEN it is not public (%s)", (address, range) => {
    expect(findNonPublicRange(address)).toBe(range);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.0", "100.63.255.255", "100.128.0.0", "192.169.0.1", "11.0.0.1", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"])(
    "GIVEN %s THEN it is public",
    (address) => {
      expect(findNonPublicRange(address)).toBeNull();
    },
  );

  // The URL parser turns numeric spellings into dotted ones before any check sees the host.
  it.each([
    ["2130706433", "loopback"],
    ["0x7f.0.0.1", "loopback"],
    ["0177.0.0.1", "loopback"],
    ["0x7f000001", "loopback"],
    ["017700000001", "loopback"],
    ["127.1", "loopback"],
    ["127.0.0.1.", "loopback"],
    ["%31%32%37.0.0.1", "loopback"],
    ["0", "unspecified"],
    ["167772161", "private"],
    ["[::ffff:127.0.0.1]", "loopback"],
    ["[0:0:0:0:0:ffff:7f00:1]", "loopback"],
    ["[::127.0.0.1]", "loopback"],
    ["[::1]", "loopback"],
  ])("GIVEN the host https://%s/ THEN it is not public (%s)", (host, range) => {
    const hostname = new URL(`https://${host}/`).hostname.replace(/^\[(.*)\]$/, "$1");
    expect(findNonPublicRange(hostname)).toBe(range);
  });
});
