import { afterEach, describe, expect, it } from "vitest";
import { CONFIRM_COMMAND_ACTION } from "../../src/commands/confirm/ask-to-confirm.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

function listItems(message: Message, title: string): string[] | undefined {
  const block = message.blocks.find((candidate) => candidate.type === "list" && candidate.title === title);
  return block?.type === "list" ? block.items : undefined;
}

function confirmButton(message: Message): string | undefined {
  for (const block of message.blocks) if (block.type === "actions") return block.buttons.find((button) => button.action === CONFIRM_COMMAND_ACTION)?.value;
  return undefined;
}

describe("milestone edit", () => {
  it("changes the title and due date, says what changed, and audits before and after", async () => {
    testBot = await createTestBot();
    const edited = await testBot.say('milestone edit robotics-tx 3 --title "State robotics final" --due 2027-03-13', maria);
    expect(edited.error).toBeUndefined();
    expect(edited.heading).toBe("Milestone changed: State robotics final");
    expect(listItems(edited, "Changed")).toEqual(["Title: Regional robotics competition → State robotics final", "Due: 2027-02-06 → 2027-03-13"]);
    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Upcoming")).toEqual(["#3 State robotics final: due 2027-03-13 (in 110 days)"]);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "milestone", action: "update" } });
    const person = await testBot.store.people.findIdentity({ platform: maria.platform, workspaceId: maria.workspaceId, userId: maria.userId });
    expect(audit.actorId).toBe(person!.id);
    expect(JSON.parse(audit.before!)).toEqual({ title: "Regional robotics competition", dueOn: "2027-02-06" });
    expect(JSON.parse(audit.after!)).toEqual({ title: "State robotics final", dueOn: "2027-03-13" });
  });

  it("finds the milestone by its title and moves it in the numbering when its date moves", async () => {
    testBot = await createTestBot();
    const edited = await testBot.say('milestone edit robotics-tx "Regional robotics" --due 2026-09-01');
    expect(listItems(edited, "Changed")).toEqual(["Due: 2027-02-06 → 2026-09-01"]);
    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Overdue")?.[0]).toBe("#1 Regional robotics competition: was due 2026-09-01 (83 days ago)");
  });

  it("asks for something to change, refuses unknown milestones and people who may not change it, and changes nothing", async () => {
    testBot = await createTestBot();
    const nothing = await testBot.say("milestone edit robotics-tx 3", maria);
    expect(nothing.error).toBe("bad-arguments");
    expect(plainTextOf(nothing)).toContain("say what changes: --title <new title>, --due <YYYY-MM-DD>, or both");
    const unknown = await testBot.say("milestone edit robotics-tx 9 --due 2027-01-01", maria);
    expect(unknown.error).toBe("not-found");
    expect(plainTextOf(unknown)).toContain("robotics-tx has no milestone #9. Type /partner milestone list robotics-tx to see the numbers.");
    const badDate = await testBot.say("milestone edit robotics-tx 3 --due 2027-02-30", maria);
    expect(badDate.error).toBe("bad-arguments");
    const forbidden = await testBot.say("milestone edit robotics-tx 3 --title Hijacked", visitor);
    expect(forbidden.error).toBe("forbidden");
    expect(await testBot.store.db.milestone.count({ where: { title: "Hijacked" } })).toBe(0);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "milestone", action: "update" } })).toBe(0);
  });
});

describe("milestone reopen", () => {
  it("undoes done: the milestone is open again and can be marked done once more", async () => {
    testBot = await createTestBot();
    const reopened = await testBot.say("milestone reopen robotics-tx 1", maria);
    expect(reopened.error).toBeUndefined();
    expect(reopened.heading).toBe("Milestone open again: Kickoff build night");
    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Done")).toBeUndefined();
    expect(listItems(list, "Overdue")).toContain("#1 Kickoff build night: was due 2026-10-04 (50 days ago)");
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "milestone", action: "reopen" } });
    expect(JSON.parse(audit.after!)).toEqual({ doneAt: null, doneById: null });
    expect(JSON.parse(audit.before!).doneAt).not.toBeNull();
    expect((await testBot.say("milestone done robotics-tx 1", maria)).error).toBeUndefined();
  });

  it("says so when the milestone is not done, and refuses a visitor", async () => {
    testBot = await createTestBot();
    const open = await testBot.say("milestone reopen robotics-tx 3", maria);
    expect(open.error).toBe("conflict");
    expect(plainTextOf(open)).toContain('"Regional robotics competition" is not marked done, so there is nothing to reopen.');
    expect((await testBot.say("milestone reopen robotics-tx 1", visitor)).error).toBe("forbidden");
    expect(await testBot.store.db.milestone.count({ where: { doneAt: { not: null } } })).toBe(2);
  });
});

describe("milestone delete", () => {
  it("asks first, says what will go, and changes nothing without --yes", async () => {
    testBot = await createTestBot();
    const asked = await testBot.say("milestone delete robotics-tx 2", maria);
    expect(asked.error).toBeUndefined();
    expect(asked.heading).toBe('Confirm: Delete the milestone "Prototype showcase for families" of robotics-tx?');
    expect(listItems(asked, "This will go")).toEqual(["#2 Prototype showcase for families (due 2026-11-19), from milestone list, status, the dashboard and reports"]);
    expect(plainTextOf(asked)).toContain('type: /partner milestone delete robotics-tx "Prototype showcase for families" --yes');
    expect(await testBot.store.db.milestone.count({ where: { title: "Prototype showcase for families" } })).toBe(1);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "milestone", action: "delete" } })).toBe(0);
  });

  it("deletes with the confirmation's button, checking permission again, and audits what it was", async () => {
    testBot = await createTestBot();
    const asked = await testBot.say("milestone delete robotics-tx 2", maria);
    const line = confirmButton(asked)!;
    expect(line).toBe('milestone delete robotics-tx "Prototype showcase for families" --yes');
    const refused = await testBot.bot.runAction(CONFIRM_COMMAND_ACTION, line, { actor: visitor });
    expect(refused.kind === "message" && refused.error).toBe("forbidden");
    expect(await testBot.store.db.milestone.count({ where: { title: "Prototype showcase for families" } })).toBe(1);
    const deleted = await testBot.bot.runAction(CONFIRM_COMMAND_ACTION, line, { actor: maria });
    expect(deleted.kind === "message" && deleted.heading).toBe("Milestone deleted: Prototype showcase for families");
    expect(await testBot.store.db.milestone.count({ where: { title: "Prototype showcase for families" } })).toBe(0);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "milestone", action: "delete" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ title: "Prototype showcase for families", dueOn: "2026-11-19", doneAt: null });
    const list = await testBot.say("milestone list robotics-tx");
    expect(listItems(list, "Upcoming")).toEqual(["#2 Regional robotics competition: due 2027-02-06 (in 75 days)"]);
  });

  it("refuses an unknown milestone with --yes and deletes nothing", async () => {
    testBot = await createTestBot();
    const unknown = await testBot.say('milestone delete robotics-tx "Moon landing" --yes', coordinator);
    expect(unknown.error).toBe("not-found");
    expect(plainTextOf(unknown)).toContain('No milestone of robotics-tx matches "Moon landing"');
    expect(await testBot.store.db.milestone.count()).toBeGreaterThan(0);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "milestone", action: "delete" } })).toBe(0);
  });
});
