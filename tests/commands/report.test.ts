import { afterEach, describe, expect, it } from "vitest";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { formatReportCsv } from "../../src/ui/reports/format-report-csv.js";
import { formatReportMarkdown } from "../../src/ui/reports/format-report-markdown.js";
import { createTestBot, coordinator, maria, type TestBot } from "../support/test-bot.js";
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

  it("sums up the answers to the partnership's own check-in questions, and labels a retired metric with its day", async () => {
    testBot = await createTestBot();
    const bot = testBot;
    const dev = { ...maria, userId: "dev.patel", displayName: "Dev Patel" };
    for (const line of [
      "question add robotics-tx scale How engaged were students this week?",
      'question add robotics-tx choice Equipment and kits --choices "All working, Some need repair, Parts missing"',
      "question add robotics-tx text Competition news",
      "metric retire robotics-tx enrollment --yes",
    ]) expect((await bot.say(line, maria)).error, line).toBeUndefined();
    const answer = async (actor: typeof maria, values: string[]) => {
      const form = await bot.run("checkin robotics-tx", actor);
      if (form.kind !== "form") throw new Error("expected the check-in form");
      const ids = form.fields.slice(-3).map((field) => field.id);
      const saved = await bot.bot.submitForm(form.formId, form.context, { status: "on-track", ...Object.fromEntries(ids.map((id, index) => [id, values[index]!])) }, { actor });
      expect(saved.kind === "message" && saved.error).toBeUndefined();
    };
    await answer(maria, ["4", "Some need repair", "Qualified for regionals"]);
    await answer(dev, ["3", "All working", ""]);

    const view = await bot.bot.viewReport({ partnership: "robotics-tx" }, { actor: coordinator });
    if (view.kind !== "report" || view.report.kind !== "partnership") throw new Error("expected a partnership report");
    const today = bot.clock.now().toISOString().slice(0, 10);
    expect(view.report.partnership.questions).toEqual([
      { prompt: "How engaged were students this week?", kind: "scale", answers: 2, average: 3.5, choices: [], recent: [], removedOn: null },
      { prompt: "Equipment and kits", kind: "choice", answers: 2, average: null, choices: [{ option: "All working", count: 1 }, { option: "Some need repair", count: 1 }, { option: "Parts missing", count: 0 }], recent: [], removedOn: null },
      { prompt: "Competition news", kind: "text", answers: 1, average: null, choices: [], recent: [{ on: expect.any(String), person: "Maria Alvarez", text: "Qualified for regionals" }], removedOn: null },
    ]);
    const retired = view.report.partnership.outcomes.filter((outcome) => outcome.retiredOn !== null);
    expect(retired).toHaveLength(1);
    const enrollment = retired[0]!;
    expect(enrollment.retiredOn).toBe(today);
    expect(enrollment.readings).toBeGreaterThan(0);

    const markdown = formatReportMarkdown(view.report);
    expect(markdown).toContain("## Check-in questions");
    expect(markdown).toContain("- How engaged were students this week?: 2 answers, average 3\\.5 of 5");
    expect(markdown).toContain("- Equipment and kits: 2 answers: All working 1, Some need repair 1");
    expect(markdown).toContain("Maria Alvarez: Qualified for regionals");
    expect(markdown).toContain(`| ${enrollment.metric} \\(retired ${today.replaceAll("-", "\\-")}\\) |`);
    const csv = formatReportCsv(view.report);
    expect(csv).toContain("check-in question,robotics-tx,How engaged were students this week?,,2,,,answers,\"2 answers, average 3.5 of 5\"");
    expect(csv).toContain("check-in average,robotics-tx,How engaged were students this week?,,3.5,,,of 5,");
    expect(csv).toContain("check-in answer,robotics-tx,Equipment and kits,,1,,,answers,All working");
    expect(csv).toContain("Maria Alvarez: Qualified for regionals");
    expect(csv).toContain(`met; retired ${today}; started`);

    const chat = plainTextOf(await bot.say("report robotics-tx", maria));
    expect(chat).toContain("Equipment and kits: 2 answers: All working 1, Some need repair 1");
    expect(chat).toContain(`${enrollment.metric} (retired ${today})`);

    // A question no longer asked stays in the report with the answers it had, and says since when.
    expect((await bot.say("question remove robotics-tx 3 --yes", maria)).error).toBeUndefined();
    const after = await bot.bot.viewReport({ partnership: "robotics-tx" }, { actor: coordinator });
    if (after.kind !== "report" || after.report.kind !== "partnership") throw new Error("expected a partnership report");
    expect(after.report.partnership.questions.at(-1)).toMatchObject({ prompt: "Competition news", answers: 1, removedOn: today });
    expect(formatReportMarkdown(after.report)).toContain(`Competition news (no longer asked since ${today}): 1 answer`);
  });
});
