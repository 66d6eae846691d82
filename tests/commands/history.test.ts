import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const lines = (message: Message) => message.blocks.flatMap((block) => (block.type === "list" ? block.items : []));
const elsewhere: Actor = { platform: "console", workspaceId: "elsewhere", userId: "uma", displayName: "Uma Elsewhere", isPlatformAdmin: false };

describe("history", () => {
  it("says who changed what, newest first, in plain words", async () => {
    testBot = await createTestBot();
    await testBot.say("metric edit robotics-tx enrollment --target 40", maria);
    await testBot.say("metric record robotics-tx enrollment 33", maria);
    await testBot.say("metric correct robotics-tx enrollment 1 19", maria);
    await testBot.say('partner edit robotics-tx Ridgeline --role "lead mentor"');
    await testBot.say("metric retire robotics-tx confidence --yes");
    await testBot.say("partner remove robotics-tx Ridgeline --yes");
    const reply = await testBot.say("history robotics-tx", visitor);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("History of Middle School Robotics Mentorship (6 changes)");
    const words = lines(reply).map((line) => line.replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} /, ""));
    expect(words).toEqual([
      "Demo Coordinator removed the partner Ridgeline Engineering, and with it the liaison roles of Dev Patel, Sam Okafor",
      "Demo Coordinator retired the metric Student confidence (survey average): check-ins stop asking for it",
      'Demo Coordinator changed Ridgeline Engineering: role from "industry mentor" to "lead mentor"',
      expect.stringMatching(/^Maria Alvarez corrected the reading of Robotics club enrollment from \d{4}-\d{2}-\d{2}: \d+ to 19$/),
      "Maria Alvarez recorded 33 for Robotics club enrollment",
      "Maria Alvarez changed the metric Robotics club enrollment: target from 35 to 40",
    ]);
    expect(plainTextOf(reply)).toContain("Times are in America/Chicago.");
  });

  it("describes the audit actions of other commands too", async () => {
    testBot = await createTestBot();
    await testBot.say('partner add robotics-tx museum "City Science Museum" --role "field trips"');
    await testBot.say('liaison add robotics-tx "City Science Museum" "Nia New"');
    await testBot.say('milestone add robotics-tx 2027-03-01 "Regional competition"');
    await testBot.say('blackout add robotics-tx 2027-03-15 2027-03-19 "Spring break"');
    await testBot.say('charter set robotics-tx "Every student builds a robot"');
    await testBot.say("metric add robotics-tx trips Field trips --target 4");
    const words = lines(await testBot.say("history robotics-tx")).map((line) => line.replace(/^\S+ \S+ Demo Coordinator /, ""));
    expect(words).toEqual([
      "added the metric Field trips (trips), target 4",
      'wrote version 2 of the charter: "Every student builds a robot"',
      "added a blackout from 2027-03-15 to 2027-03-19 (Spring break)",
      'added the milestone "Regional competition", due 2027-03-01',
      "named Nia New liaison of City Science Museum",
      "added the partner City Science Museum as field trips",
      expect.stringMatching(/^added the organisation City Science Museum \(museum\) to this workspace$/i),
    ]);
  });

  it("still reads an action this release has no words for", async () => {
    testBot = await createTestBot();
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    await testBot.store.db.auditEntry.create({ data: { partnershipId: robotics.id, actorId: null, action: "merge", entity: "partnership", entityId: String(robotics.id), before: '{"name":"Old name"}', after: '{"name":"New name"}' } });
    await testBot.store.db.auditEntry.create({ data: { partnershipId: robotics.id, actorId: null, action: "archive", entity: "survey-link", entityId: "1", before: "not json", after: null } });
    const words = lines(await testBot.say("history robotics-tx"));
    expect(words[0]).toMatch(/ Someone archive: a survey link$/);
    expect(words[1]).toMatch(/ Someone merge: a partnership \(name from "Old name" to "New name"\)$/);
  });

  it("pages 20 at a time, and says how to reach the older pages", async () => {
    testBot = await createTestBot();
    for (let value = 1; value <= 25; value++) await testBot.say(`metric record robotics-tx enrollment ${value}`);
    const first = await testBot.say("history robotics-tx");
    expect(lines(first)).toHaveLength(20);
    expect(lines(first)[0]).toContain("recorded 25 for");
    expect(plainTextOf(first)).toContain("Page 1 of 2; older: /partner history robotics-tx --page 2");
    const second = await testBot.say("history robotics-tx --page 2");
    expect(lines(second).map((line) => line.replace(/^.* recorded (\d+) for .*$/, "$1"))).toEqual(["5", "4", "3", "2", "1"]);
    const past = await testBot.say("history robotics-tx --page 3");
    expect(plainTextOf(past)).toContain("There is no page 3; it has 2.");
    expect((await testBot.say("history robotics-tx --page zero")).error).toBe("bad-arguments");
  });

  it("shows only the partnership's own changes, and nothing of a partnership another workspace cannot see", async () => {
    testBot = await createTestBot();
    await testBot.say("metric record solar-oh kwh 500");
    expect(plainTextOf(await testBot.say("history robotics-tx"))).toContain("Nothing has changed yet.");
    const hidden = await testBot.say("history solar-oh", elsewhere);
    expect(hidden.error).toBe("not-found");
    expect(plainTextOf(hidden)).not.toContain("Solar");
  });
});
