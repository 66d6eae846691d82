import { afterEach, describe, expect, it } from "vitest";
import { DEMO_WORKSPACE } from "../../src/demo/demo-workspace.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

/** Adds `count` partnerships named bulk-001 ... to the demo workspace (63 in all with the seeded three). */
async function addPartnerships(count: number, status = "active"): Promise<void> {
  await testBot.store.db.partnership.createMany({
    data: Array.from({ length: count }, (_, index) => ({ ...DEMO_WORKSPACE, handle: `bulk-${String(index + 1).padStart(3, "0")}`, name: `Bulk partnership ${index + 1}`, status })),
  });
}

function items(message: Message): string[] {
  return message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
}

describe("list, a page at a time", () => {
  it("shows 25 partnerships a page and says which page comes next", async () => {
    testBot = await createTestBot();
    await addPartnerships(60);
    const first = await testBot.say("list");
    expect(first.heading).toBe("Partnerships (63)");
    expect(items(first)).toHaveLength(25);
    expect(items(first)[0]).toMatch(/^appdev-ca: /);
    expect(plainTextOf(first)).toContain("Page 1 of 3; next: /partner list --page 2");
    const last = await testBot.say("list --page 3");
    expect(items(last)).toHaveLength(13);
    expect(items(last).at(-1)).toMatch(/^solar-oh: /);
    expect(plainTextOf(last)).toContain("Page 3 of 3");
    expect(plainTextOf(last)).not.toContain("next:");
    const beyond = await testBot.say("list --page 9");
    expect(plainTextOf(beyond)).toContain("There is no page 9. The first: /partner list --page 1");
    expect((await testBot.say("list --page 0")).error).toBe("bad-arguments");
  });

  it("filters by status, by health and to the caller's own partnerships, keeping the filters on the next page", async () => {
    testBot = await createTestBot();
    await addPartnerships(30, "paused");
    const paused = await testBot.say("list --status paused");
    expect(paused.heading).toBe("Partnerships (30: paused)");
    expect(plainTextOf(paused)).toContain("Page 1 of 2; next: /partner list --page 2 --status paused");
    const mine = await testBot.say("list --mine", maria);
    expect(items(mine).map((item) => item.split(":")[0])).toEqual(["robotics-tx"]);
    const offTrack = await testBot.say("list --health off-track");
    expect(items(offTrack).map((item) => item.split(":")[0])).toEqual(["appdev-ca"]);
    expect(offTrack.heading).toBe("Partnerships (1: off track)");
  });

  it("still suggests the closest handle for a mistyped one among many", async () => {
    testBot = await createTestBot();
    await addPartnerships(60);
    expect(plainTextOf(await testBot.say("status robotics"))).toContain("Did you mean `robotics-tx`?");
    expect(plainTextOf(await testBot.say("status bulk-0077"))).toContain("Did you mean `bulk-007`");
    expect(plainTextOf(await testBot.say("status obotics-tx"))).toContain("Did you mean `robotics-tx`?");
  });
});
