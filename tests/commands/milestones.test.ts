import { afterEach, describe, expect, it } from "vitest";
import type { Message, OutboundMessage } from "../../src/ui/reply.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

function listItems(message: Message, title: string): string[] | undefined {
  const block = message.blocks.find((candidate) => candidate.type === "list" && candidate.title === title);
  return block?.type === "list" ? block.items : undefined;
}

async function linkChannel(handle: string, purpose: string, channelId: string): Promise<void> {
  const reply = await testBot.bot.runCommandLine(`link ${handle} ${purpose}`, { actor: coordinator, channelId });
  expect(reply.kind === "message" && reply.error).toBeUndefined();
}

describe("milestone list and add", () => {
  it("numbers milestones by due date and groups them into overdue, upcoming and done", async () => {
    testBot = await createTestBot();
    const list = await testBot.say("milestone list robotics-tx", visitor);
    expect(listItems(list, "Overdue")).toEqual(["#2 Prototype showcase for families: was due 2026-11-19 (4 days ago)"]);
    expect(listItems(list, "Upcoming")).toEqual(["#3 Regional robotics competition: due 2027-02-06 (in 75 days)"]);
    expect(listItems(list, "Done")).toEqual(["#1 Kickoff build night: done 2026-10-04 (was due 2026-10-04)"]);
  });

  it("adds a milestone that shows as upcoming, with an audit entry", async () => {
    testBot = await createTestBot();
    const added = await testBot.say("milestone add robotics-tx 2026-12-10 Winter open lab", maria);
    expect(added.heading).toBe("Milestone added to robotics-tx");
    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Upcoming")).toEqual([
      "#3 Winter open lab: due 2026-12-10 (in 17 days)",
      "#4 Regional robotics competition: due 2027-02-06 (in 75 days)",
    ]);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "milestone", action: "create" } })).toBe(1);
  });

  it("rejects a date that is not a date, and refuses people who are not liaisons or coordinators", async () => {
    testBot = await createTestBot();
    const date = await testBot.say("milestone add robotics-tx 2026-02-30 Impossible day", maria);
    expect(date.error).toBe("bad-arguments");
    expect(plainTextOf(date)).toContain('<due>: "2026-02-30" is not a date: use YYYY-MM-DD');
    const forbidden = await testBot.say("milestone add robotics-tx 2026-12-10 Winter open lab", visitor);
    expect(forbidden.error).toBe("forbidden");
    const done = await testBot.say("milestone done robotics-tx 2", visitor);
    expect(done.error).toBe("forbidden");
    expect(await testBot.store.db.milestone.count({ where: { doneAt: { not: null } } })).toBe(2);
  });
});

describe("milestone done", () => {
  it("marks it done, celebrates publicly and queues one celebration per linked updates channel", async () => {
    testBot = await createTestBot();
    await linkChannel("robotics-tx", "updates", "C-updates");
    await linkChannel("robotics-tx", "updates", "C-families");
    await linkChannel("robotics-tx", "reflections", "C-reflect");
    const reply = await testBot.say("milestone done robotics-tx 2", maria);
    expect(reply.visibility).toBe("public");
    expect(reply.heading).toBe("🎉 Milestone reached: Prototype showcase for families");
    expect(plainTextOf(reply)).toContain("Shared in 2 updates channels.");

    const milestone = await testBot.store.db.milestone.findFirstOrThrow({ where: { title: "Prototype showcase for families" } });
    expect(milestone.doneAt).toEqual(testBot.clock.now());
    expect(milestone.celebratedAt).toEqual(testBot.clock.now());
    const rows = await testBot.store.db.prompt.findMany({ where: { kind: "celebration" }, orderBy: { target: "asc" } });
    expect(rows.map((row) => [row.dedupeKey, row.target, row.platform, row.workspaceId])).toEqual([
      [`celebration:${milestone.id}:console:C-families`, "channel:C-families", "console", "demo"],
      [`celebration:${milestone.id}:console:C-updates`, "channel:C-updates", "console", "demo"],
    ]);
    expect(rows[0]!.nextAttemptAt).toEqual(testBot.clock.now());
    const payload = JSON.parse(rows[0]!.payload) as OutboundMessage;
    expect(payload.message.heading).toBe("🎉 Milestone reached: Prototype showcase for families");

    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Overdue")).toBeUndefined();
    expect(listItems(list, "Done")).toContain("#2 Prototype showcase for families: done 2026-11-23 (was due 2026-11-19)");
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "milestone", action: "complete" } })).toBe(1);
  });

  it("finds a milestone by part of its title and refuses to celebrate it twice", async () => {
    testBot = await createTestBot();
    await linkChannel("robotics-tx", "updates", "C-updates");
    const first = await testBot.say("milestone done robotics-tx regional robotics", maria);
    expect(first.heading).toBe("🎉 Milestone reached: Regional robotics competition");
    const again = await testBot.say('milestone done robotics-tx "Regional robotics competition"', maria);
    expect(again.error).toBe("conflict");
    expect(plainTextOf(again)).toContain("already marked done");
    expect(await testBot.store.db.prompt.count({ where: { kind: "celebration" } })).toBe(1);
  });
});

describe("milestone done with a reference that does not fit", () => {
  it("asks for a number when a title matches several, and names the list when nothing matches", async () => {
    testBot = await createTestBot();
    await testBot.say("milestone add robotics-tx 2026-12-10 Regional robotics practice day", maria);
    const ambiguous = await testBot.say("milestone done robotics-tx regional", maria);
    expect(ambiguous.error).toBe("bad-arguments");
    expect(plainTextOf(ambiguous)).toContain('"regional" matches more than one milestone: #3 Regional robotics practice day, #4 Regional robotics competition. Use its number.');
    const missing = await testBot.say("milestone done robotics-tx 9", maria);
    expect(missing.error).toBe("not-found");
    expect(plainTextOf(missing)).toContain("robotics-tx has no milestone #9. Type /partner milestone list robotics-tx");
    expect(await testBot.store.db.milestone.count({ where: { doneAt: { not: null } } })).toBe(2);
  });
});
