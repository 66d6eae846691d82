import { describe, expect, it } from "vitest";
import { renderConsoleMessage } from "../../../adapters/console/render-console-message.js";
import { renderMessage as renderDiscordMessage } from "../../../adapters/discord/render/render-message.js";
import { renderMessage as renderSlackMessage } from "../../../adapters/slack/render/render-message.js";
import { messageLimitViolations } from "../../../adapters/slack/testing/slack-limit-violations.js";
import { MessageBuilder } from "../../../src/ui/message-builder.js";

const message = new MessageBuilder("Status: robotics-tx")
  .text("On track.")
  .chart({
    title: "Students in robotics club",
    description: "Weekly attendance against a target of 30.",
    kind: "line",
    unit: "students",
    target: 30,
    series: [{ label: "Attendance", points: [{ x: "2026-09-01", y: 12 }, { x: "2026-09-08", y: 19 }, { x: "2026-09-15", y: 23 }] }],
  })
  .build();

describe("a chart block in each chat adapter", () => {
  it("prints a titled sparkline in the console", () => {
    expect(renderConsoleMessage(message)).toContain("  Students in robotics club\n    ▁▅█ 23 students (target 30 students)\n");
  });

  it("shows Slack the title and the latest value against the target, within Slack's limits", () => {
    const parts = renderSlackMessage(message);
    const text = JSON.stringify(parts);
    expect(text).toContain("*Students in robotics club*");
    expect(text).toContain("Attendance: 23 students on 2026-09-15, target 30 students");
    expect(parts.flatMap((part) => messageLimitViolations(part as never))).toEqual([]);
  });

  it("shows Discord the title and the latest value against the target", () => {
    const description = renderDiscordMessage(message).flatMap((payload) => payload.embeds.map((embed) => embed.description ?? "")).join("\n");
    expect(description).toContain("**Students in robotics club**");
    expect(description).toContain("Attendance: 23 students on 2026-09-15, target 30 students");
  });
});
