import { describe, expect, it } from "vitest";
import { plainTextOf } from "../../../src/ui/plain-text-of.js";
import type { Message } from "../../../src/ui/reply.js";

describe("the plain text of a message", () => {
  it("reads heading, texts, fields, lists, progress, buttons and files in the order a reader meets them", () => {
    const message: Message = {
      kind: "message",
      visibility: "public",
      heading: "Middle School Robotics Mentorship",
      blocks: [
        { type: "text", text: "Goal: every student builds a robot." },
        { type: "fields", fields: [{ label: "Status", value: "at risk" }, { label: "Next round", value: "2026-11-30" }] },
        { type: "divider" },
        { type: "list", title: "Milestones", items: ["#1 Kickoff (done)", "#2 Showcase"] },
        { type: "progress", label: "Robotics club enrollment", ratio: 0.4, detail: "14 students of 35" },
        { type: "context", text: "Last check-in 2 days ago." },
        { type: "actions", buttons: [{ action: "checkin.start", value: "1", label: "Start check-in", style: "primary" }] },
        { type: "file", filename: "robotics.csv", mimeType: "text/csv", content: "metric,value\nenrollment,14" },
      ],
    };
    expect(plainTextOf(message)).toBe(
      [
        "Middle School Robotics Mentorship",
        "Goal: every student builds a robot.",
        "Status: at risk",
        "Next round: 2026-11-30",
        "Milestones",
        "#1 Kickoff (done)",
        "#2 Showcase",
        "Robotics club enrollment 14 students of 35",
        "Last check-in 2 days ago.",
        "Start check-in",
        "metric,value\nenrollment,14",
      ].join("\n"),
    );
  });

  it("adds no empty line for a missing heading or list title, and nothing for an empty message", () => {
    expect(plainTextOf({ kind: "message", visibility: "ephemeral", blocks: [{ type: "list", items: ["one", "two"] }] })).toBe("one\ntwo");
    expect(plainTextOf({ kind: "message", visibility: "ephemeral", blocks: [] })).toBe("");
  });
});
