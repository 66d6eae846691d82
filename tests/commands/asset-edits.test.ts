import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

function listItems(message: Message, title: string): string[] | undefined {
  const block = message.blocks.find((candidate) => candidate.type === "list" && candidate.title === title);
  return block?.type === "list" ? block.items : undefined;
}

// robotics-tx as seeded: assets #1 lab space, #2 teachers, #3 mentors, #4 VEX kits, #5 travel funding; need #1 bus transport (funding).
describe("asset edit and remove", () => {
  it("changes an asset's quantity and description, and audits before and after", async () => {
    testBot = await createTestBot();
    const edited = await testBot.say('asset edit robotics-tx "VEX robotics kits" --quantity 12 --description "VEX V5 kits"', maria);
    expect(edited.error).toBeUndefined();
    expect(edited.heading).toBe("Asset changed: VEX V5 kits");
    expect(listItems(edited, "Ridgeline Engineering brings")).toEqual(["description: VEX robotics kits → VEX V5 kits", "quantity: 10 → 12"]);
    const map = await testBot.say("asset list robotics-tx");
    expect(listItems(map, "Ridgeline Engineering (industry mentor)")).toContain("#4 equipment: VEX V5 kits (12)");
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "asset", action: "update" } });
    expect(JSON.parse(audit.before!)).toEqual({ description: "VEX robotics kits", quantity: 10 });
    expect(JSON.parse(audit.after!)).toEqual({ description: "VEX V5 kits", quantity: 12 });
  });

  it("asks before removing an asset, naming the need it met, and removes it with --yes", async () => {
    testBot = await createTestBot();
    expect((await testBot.say("need met robotics-tx 1 --by 5", maria)).error).toBeUndefined();
    const asked = await testBot.say("asset remove robotics-tx 5", maria);
    expect(asked.heading).toBe(`Confirm: Remove Ridgeline Engineering's asset "Competition entry fees and travel" from robotics-tx?`);
    expect(listItems(asked, "This will go")).toEqual([
      "funding: Competition entry fees and travel (5000), brought by Ridgeline Engineering",
      'the mark that it met the need "Bus transport to the regional competition" (that need is open again)',
    ]);
    expect(await testBot.store.db.asset.count({ where: { description: "Competition entry fees and travel" } })).toBe(1);

    const removed = await testBot.say('asset remove robotics-tx "Competition entry fees and travel" --yes', maria);
    expect(removed.heading).toBe("Asset removed: Competition entry fees and travel");
    expect(plainTextOf(removed)).toContain("1 need it met is open again.");
    expect(await testBot.store.db.asset.count({ where: { description: "Competition entry fees and travel" } })).toBe(0);
    const need = await testBot.store.db.need.findFirstOrThrow({ where: { description: { startsWith: "Bus transport" } } });
    expect([need.resolvedAt, need.metByAssetId]).toEqual([null, null]);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "asset", action: "delete" } })).toBe(1);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "need", action: "reopen" } })).toBe(1);
    const map = await testBot.say("asset list robotics-tx");
    expect(listItems(map, "Needs no partner covers")).toEqual(["need #1 funding: Bus transport to the regional competition"]);
  });

  it("refuses bad input and people who may not change it, and changes nothing", async () => {
    testBot = await createTestBot();
    const before = await testBot.store.db.asset.findMany({ orderBy: { id: "asc" } });
    expect((await testBot.say("asset edit robotics-tx 4", maria)).error).toBe("bad-arguments");
    const unknown = await testBot.say("asset edit robotics-tx 42 --quantity 3", maria);
    expect(unknown.error).toBe("not-found");
    expect(plainTextOf(unknown)).toContain("robotics-tx has no asset #42. Type /partner asset list robotics-tx to see the numbers.");
    expect((await testBot.say("asset edit robotics-tx 4 --quantity -2", maria)).error).toBe("bad-arguments");
    expect((await testBot.say("asset edit robotics-tx 4 --kind gadgets", maria)).error).toBe("bad-arguments");
    expect((await testBot.say("asset edit robotics-tx 4 --quantity 3", visitor)).error).toBe("forbidden");
    expect((await testBot.say("asset remove robotics-tx 4 --yes", visitor)).error).toBe("forbidden");
    expect(await testBot.store.db.asset.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "asset" } })).toBe(0);
  });
});

describe("needs: edit, met, reopen, remove", () => {
  it("marks a need met by an asset, lists it under needs met (chat and the partnership page), and reopens it", async () => {
    testBot = await createTestBot();
    const met = await testBot.say('need met robotics-tx "Bus transport" --by "travel"', maria);
    expect(met.error).toBeUndefined();
    expect(met.heading).toBe("Need met: Bus transport to the regional competition");
    expect(plainTextOf(met)).toContain("Ridgeline Engineering's funding (Competition entry fees and travel) meets it");
    let map = await testBot.say("asset list robotics-tx", visitor);
    expect(listItems(map, "Needs a partner may cover")).toBeUndefined();
    expect(listItems(map, "Needs met")).toEqual(["need #1 funding: Bus transport to the regional competition (met by Ridgeline Engineering: funding, Competition entry fees and travel)"]);
    const page = await testBot.bot.viewPartnership({ actor: visitor }, "robotics-tx");
    expect(page?.assetMap.metNeeds).toEqual([
      { id: expect.any(Number), kind: "funding", description: "Bus transport to the regional competition", metBy: { assetId: expect.any(Number), organization: "Ridgeline Engineering", kind: "funding", description: "Competition entry fees and travel" } },
    ]);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "need", action: "meet" } });
    expect(JSON.parse(audit.before!)).toEqual({ resolvedAt: null, metByAssetId: null });

    const twice = await testBot.say("need met robotics-tx 1 --by 4", maria);
    expect(twice.error).toBe("conflict");
    const reopened = await testBot.say("need reopen robotics-tx 1", maria);
    expect(reopened.heading).toBe("Need open again: Bus transport to the regional competition");
    map = await testBot.say("asset list robotics-tx");
    expect(listItems(map, "Needs met")).toBeUndefined();
    expect(listItems(map, "Needs a partner may cover")).toEqual(["need #1 funding: Bus transport to the regional competition (ask Ridgeline Engineering)"]);
    expect((await testBot.say("need reopen robotics-tx 1", maria)).error).toBe("conflict");
  });

  it("edits a need's kind and description and removes one only after confirmation", async () => {
    testBot = await createTestBot();
    const edited = await testBot.say('need edit robotics-tx 1 --kind space --description "A hall for the showcase"', maria);
    expect(listItems(edited, "Changed")).toEqual(["kind: funding → space", "description: Bus transport to the regional competition → A hall for the showcase"]);
    const asked = await testBot.say("need remove robotics-tx 1", maria);
    expect(asked.heading).toBe('Confirm: Remove the need "A hall for the showcase" from robotics-tx?');
    expect(await testBot.store.db.need.count({ where: { description: "A hall for the showcase" } })).toBe(1);
    const removed = await testBot.say("need remove robotics-tx 1 --yes", maria);
    expect(removed.heading).toBe("Need removed: A hall for the showcase");
    expect(await testBot.store.db.need.count({ where: { description: "A hall for the showcase" } })).toBe(0);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "need", action: "delete" } });
    expect(JSON.parse(audit.before!)).toMatchObject({ kind: "space", description: "A hall for the showcase" });
  });

  it("refuses an unknown need or asset and a visitor, and changes nothing", async () => {
    testBot = await createTestBot();
    const unknownNeed = await testBot.say("need met robotics-tx 7 --by 4", maria);
    expect(unknownNeed.error).toBe("not-found");
    const unknownAsset = await testBot.say('need met robotics-tx 1 --by "Flying car"', maria);
    expect(unknownAsset.error).toBe("not-found");
    expect(plainTextOf(unknownAsset)).toContain('No asset of robotics-tx matches "Flying car"');
    expect((await testBot.say("need met robotics-tx 1", maria)).error).toBe("bad-arguments");
    expect((await testBot.say("need met robotics-tx 1 --by 4", visitor)).error).toBe("forbidden");
    expect((await testBot.say("need remove robotics-tx 1 --yes", visitor)).error).toBe("forbidden");
    expect(await testBot.store.db.need.count({ where: { resolvedAt: { not: null } } })).toBe(0);
    expect(await testBot.store.db.need.count()).toBeGreaterThan(0);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "need" } })).toBe(0);
  });
});
