import { afterEach, describe, expect, it } from "vitest";
import { assessPartnership } from "../../src/domain/assess-partnership.js";
import { DATABASE_KINDS } from "../support/test-database.js";
import { coordinator, createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot | undefined;
afterEach(async () => testBot?.close());

const handlesOf = (view: { rows: { handle: string }[] }) => view.rows.map((row) => row.handle).sort();

describe.each(DATABASE_KINDS)("the portfolio on %s", (kind) => {
  it("gives each partnership the health, reasons and response rate that status gives it", async () => {
    testBot = await createTestBot({ kind });
    const view = await testBot.bot.viewPortfolio({ actor: coordinator }, {});
    expect(handlesOf(view)).toEqual(["appdev-ca", "robotics-tx", "solar-oh"]);
    for (const row of view.rows) {
      const partnership = (await testBot.store.partnerships.findVisible(coordinator, row.handle))!;
      const expected = assessPartnership(await testBot.store.status.load(partnership.id), testBot.clock.now(), partnership.timezone);
      expect({ health: row.health, reasons: row.reasons, responseRate: row.responseRate, overdue: row.overdueMilestones }).toEqual({ health: expected.health, reasons: expected.reasons, responseRate: expected.responseRate, overdue: expected.overdue });
    }
    expect(Object.values(view.healthCounts).reduce((sum, count) => sum + count, 0)).toBe(3);
  });

  it("filters by status, program model, partner kind, search and mine, in SQL", async () => {
    testBot = await createTestBot({ kind });
    const { bot } = testBot;
    expect(handlesOf(await bot.viewPortfolio({ actor: coordinator }, { programModel: "funding" }))).toEqual(["solar-oh"]);
    expect(handlesOf(await bot.viewPortfolio({ actor: coordinator }, { partnerKind: "nonprofit" }))).toEqual(["solar-oh"]);
    expect(handlesOf(await bot.viewPortfolio({ actor: coordinator }, { search: "ROBOT" }))).toEqual(["robotics-tx"]);
    expect(handlesOf(await bot.viewPortfolio({ actor: coordinator }, { search: "100%" }))).toEqual([]);
    expect(handlesOf(await bot.viewPortfolio({ actor: maria }, { mine: true }))).toEqual(["robotics-tx"]);
    await testBot.say("pause solar-oh");
    expect(handlesOf(await bot.viewPortfolio({ actor: coordinator }, { status: "paused" }))).toEqual(["solar-oh"]);
  });

  it("shows a new check-in's effect at once: the cached health is read again when the data changed", async () => {
    testBot = await createTestBot({ kind });
    const before = await testBot.bot.viewPortfolio({ actor: coordinator }, { search: "solar-oh" });
    expect(before.rows[0]!.health).toBe("on-track");
    const reply = await testBot.bot.runCommandLine("checkin solar-oh", { actor: { ...coordinator, userId: "janet.brooks", displayName: "Janet Brooks", isPlatformAdmin: false } });
    expect(reply.kind).toBe("form");
    const partnership = (await testBot.store.partnerships.findVisible(coordinator, "solar-oh"))!;
    await testBot.store.db.milestone.create({ data: { partnershipId: partnership.id, title: "Late report", dueOn: "2026-10-01" } });
    const after = await testBot.bot.viewPortfolio({ actor: coordinator }, { search: "solar-oh" });
    expect(after.rows[0]!.health).toBe("off-track");
    expect(after.rows[0]!.reasons.join(" ")).toContain("Late report");
  });

  it("pages 25 at a time and sorts by handle on request", async () => {
    testBot = await createTestBot({ kind });
    for (let index = 0; index < 30; index++) await testBot.say(`new bulk-${String(index).padStart(2, "0")} "Bulk ${index}"`);
    const first = await testBot.bot.viewPortfolio({ actor: coordinator }, { sort: "name" });
    expect([first.matching, first.pageCount, first.rows.length]).toEqual([33, 2, 25]);
    expect(first.rows[0]!.handle).toBe("appdev-ca");
    const second = await testBot.bot.viewPortfolio({ actor: coordinator }, { sort: "name", page: 2 });
    expect(second.rows.map((row) => row.handle)).toEqual(["bulk-24", "bulk-25", "bulk-26", "bulk-27", "bulk-28", "bulk-29", "robotics-tx", "solar-oh"]);
    const everything = await testBot.bot.viewPortfolio({ actor: coordinator }, { all: true });
    expect(everything.rows.length).toBe(33);
  });
});
