import { afterEach, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, coordinator, type TestBot } from "../support/test-bot.js";
import type { Actor } from "../../src/ports/actor.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.close();
  testBot = undefined;
});

const stranger: Actor = { platform: "slack", workspaceId: "T-other", userId: "U-other", displayName: "Other Workspace", isPlatformAdmin: true };

describe("/partner report", () => {
  it("posts the school year's outcomes with a chart per metric and a link to the full report", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("report robotics-tx");
    expect(reply.error).toBeUndefined();
    const text = plainTextOf(reply);
    expect(reply.heading).toBe("Report: Middle School Robotics Mentorship (robotics-tx), 2026-08-01 to 2027-07-31 (term 2026-27)");
    expect(text).toContain("Outcomes met");
    expect(text).toContain("/p/robotics-tx/report?term=2026-27");
    const charts = reply.blocks.filter((block) => block.type === "chart");
    const metrics = (await testBot.store.status.load((await testBot.store.partnerships.findVisible(coordinator, "robotics-tx"))!.id)).metrics;
    expect(charts).toHaveLength(metrics.length);
    for (const block of charts) if (block.type === "chart") expect(block.chart.series[0]!.points.length).toBeGreaterThan(0);
  });

  it("takes --from and --to, and says what to fix when the range ends before it starts", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("report robotics-tx --from 2026-11-01 --to 2026-11-30");
    expect(reply.heading).toContain("2026-11-01 to 2026-11-30");
    const wrong = await testBot.say("report robotics-tx --from 2026-12-01 --to 2026-11-01");
    expect(wrong.error).toBe("bad-arguments");
    expect(plainTextOf(wrong)).toContain("ends (2026-11-01) before it starts (2026-12-01)");
  });

  it("gives the program's report of every partnership the person sees, and another workspace's is not found", async () => {
    testBot = await createTestBot();
    const program = await testBot.bot.viewReport({}, { actor: coordinator });
    expect(program.kind).toBe("report");
    if (program.kind !== "report" || program.report.kind !== "program") throw new Error("expected a program report");
    expect(program.report.rows.map((row) => row.handle)).toEqual(["appdev-ca", "robotics-tx", "solar-oh"]);
    expect(program.report.totals.answered).toBeGreaterThan(0);
    const elsewhere = await testBot.bot.viewReport({ partnership: "robotics-tx" }, { actor: stranger });
    expect(elsewhere).toMatchObject({ kind: "refused", code: "not-found" });
    const empty = await testBot.bot.viewReport({}, { actor: stranger });
    if (empty.kind !== "report" || empty.report.kind !== "program") throw new Error("expected a program report");
    expect(empty.report.rows).toEqual([]);
  });
});
