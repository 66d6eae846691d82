import { describe, expect, it } from "vitest";
import { splitMarkdown } from "../../../adapters/discord/render/split-markdown.js";
import { splitMrkdwn } from "../../../adapters/slack/render/split-mrkdwn.js";
import { splitText } from "../../../src/ui/split-text.js";

describe("splitText", () => {
  it("keeps text that fits as one piece", () => {
    expect(splitText("short", 100)).toEqual(["short"]);
  });

  it("splits at line breaks first, then spaces, dropping only the separator", () => {
    const text = `${"a".repeat(60)}\n${"b".repeat(60)} ${"c".repeat(30)}`;
    const pieces = splitText(text, 80);
    expect(pieces).toEqual(["a".repeat(60), "b".repeat(60), "c".repeat(30)]);
    expect(pieces.every((piece) => piece.length <= 80)).toBe(true);
  });

  it("cuts a word longer than the limit without splitting an emoji", () => {
    const text = `${"x".repeat(19)}🤖${"z".repeat(30)}`;
    const pieces = splitText(text, 20);
    expect(pieces.join("")).toBe(text);
    for (const piece of pieces) expect(() => encodeURIComponent(piece)).not.toThrow();
  });

  it("keeps a Slack entity whole when it cuts inside a word", () => {
    const text = `${"x".repeat(18)}&amp;${"y".repeat(10)}🤖${"z".repeat(30)}`;
    const pieces = splitMrkdwn(text, 20);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((piece) => piece.length <= 20)).toBe(true);
    expect(pieces.some((piece) => piece.endsWith("&am") || piece.endsWith("&"))).toBe(false);
    for (const piece of pieces) expect(() => encodeURIComponent(piece)).not.toThrow();
  });

  it("keeps a Discord backslash escape with the character it escapes", () => {
    const text = `${"x".repeat(19)}\\*${"y".repeat(30)}`;
    const pieces = splitMarkdown(text, 20);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((piece) => piece.length <= 20)).toBe(true);
    expect(pieces.some((piece) => piece.endsWith("\\"))).toBe(false);
    expect(splitText(text, 20)[0]!.endsWith("\\")).toBe(true);
  });
});
