import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

function listItems(message: Message, title: string): string[] | undefined {
  const block = message.blocks.find((candidate) => candidate.type === "list" && candidate.title === title);
  return block?.type === "list" ? block.items : undefined;
}

describe("asset map", () => {
  it("shows what each partner brings, the kinds two partners both bring, and the needs nobody covers", async () => {
    testBot = await createTestBot();
    const map = await testBot.say("asset list solar-oh", visitor);
    expect(map.heading).toBe("Asset map: Rural Solar Classroom (solar-oh)");
    expect(listItems(map, "Pine Valley High School (host school)")).toEqual(["#1 space: Classroom and south-facing roof"]);
    expect(listItems(map, "Brightfield Solar (technology partner)")).toEqual(["#2 equipment: Solar panels (12)", "#3 expertise: Certified installers for teacher training"]);
    expect(listItems(map, "Overlaps")).toEqual([
      "equipment: Brightfield Solar, Green Valley Watershed Alliance",
      "expertise: Brightfield Solar, Green Valley Watershed Alliance",
    ]);
    expect(listItems(map, "Needs no partner covers")).toEqual(["need #1 software: A monitoring dashboard for the array's output"]);
  });

  it("adds an asset to the partner named by part of its name, and the map shows the new overlap", async () => {
    testBot = await createTestBot();
    const added = await testBot.say('asset add robotics-tx lincoln equipment "Laptop cart" --quantity 30', maria);
    expect(added.error).toBeUndefined();
    expect(plainTextOf(added)).toContain("Lincoln Middle School brings equipment: Laptop cart (30).");
    const map = await testBot.say("asset list robotics-tx");
    expect(listItems(map, "Lincoln Middle School (host school)")).toContain("#3 equipment: Laptop cart (30)");
    expect(listItems(map, "Overlaps")).toEqual(["equipment: Lincoln Middle School, Ridgeline Engineering"]);
    const audit = await testBot.store.db.auditEntry.findMany({ where: { entity: "asset" } });
    expect(audit).toHaveLength(1);
  });

  it("lists a new need as uncovered until a partner brings that kind of asset", async () => {
    testBot = await createTestBot();
    await testBot.say("need add robotics-tx software CAD licences for the design team", maria);
    let map = await testBot.say("asset list robotics-tx");
    expect(listItems(map, "Needs no partner covers")).toEqual(["need #2 software: CAD licences for the design team"]);
    expect(listItems(map, "Needs a partner may cover")).toEqual(["need #1 funding: Bus transport to the regional competition (ask Ridgeline Engineering)"]);

    await testBot.say('asset add robotics-tx "Ridgeline Engineering" software "Onshape education seats" --quantity 40', maria);
    map = await testBot.say("asset list robotics-tx");
    expect(plainTextOf(map)).toContain("None: every open need has a partner bringing that kind of asset.");
    expect(listItems(map, "Needs a partner may cover")).toContain("need #2 software: CAD licences for the design team (ask Ridgeline Engineering)");
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "need", action: "create" } })).toBe(1);
  });

  it("says which argument is wrong and changes nothing", async () => {
    testBot = await createTestBot();
    const assetsBefore = await testBot.store.db.asset.count();
    const kind = await testBot.say("asset add robotics-tx lincoln gadgets Some robots", maria);
    expect(kind.error).toBe("bad-arguments");
    expect(plainTextOf(kind)).toContain("<kind>: expected one of funding, equipment, mentors, space, expertise, software, other");
    const quantity = await testBot.say("asset add robotics-tx lincoln equipment Robots --quantity lots", maria);
    expect(plainTextOf(quantity)).toContain("<quantity>: expected a number");
    const organization = await testBot.say("asset add robotics-tx Acme equipment Robots", maria);
    expect(organization.error).toBe("not-found");
    expect(plainTextOf(organization)).toContain('"Acme" is not a partner of robotics-tx. Name one of: "Lincoln Middle School", "Ridgeline Engineering".');
    const needKind = await testBot.say("need add robotics-tx snacks Pizza", maria);
    expect(plainTextOf(needKind)).toContain("<kind>");
    expect(await testBot.store.db.asset.count()).toBe(assetsBefore);
    expect(await testBot.store.db.need.count()).toBe(4);
  });

  it("lets anyone read the map but only liaisons and coordinators change it", async () => {
    testBot = await createTestBot();
    const asset = await testBot.say("asset add robotics-tx lincoln space Gym", visitor);
    expect(asset.error).toBe("forbidden");
    expect(plainTextOf(asset)).toContain("Only its liaisons (Maria Alvarez, Dev Patel, Sam Okafor) or a coordinator can change robotics-tx");
    const need = await testBot.say("need add robotics-tx funding Pizza", visitor);
    expect(need.error).toBe("forbidden");
    const otherLiaison = await testBot.say("need add solar-oh funding Pizza", maria);
    expect(otherLiaison.error).toBe("forbidden");
    expect(await testBot.store.db.need.count()).toBe(4);
    expect((await testBot.say("asset list robotics-tx", visitor)).error).toBeUndefined();
  });
});
