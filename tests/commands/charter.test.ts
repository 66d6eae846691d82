import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { DEMO_WORKSPACE } from "../../src/demo/demo-workspace.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

const dev: Actor = { ...DEMO_WORKSPACE, userId: "dev.patel", displayName: "Dev Patel", isPlatformAdmin: false };

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function charterAudits(bot: TestBot): Promise<number> {
  return bot.store.db.auditEntry.count({ where: { entity: { in: ["charter", "charter-ratification"] } } });
}

describe("charter", () => {
  it("shows the goal, expectations, roles, metrics and every liaison's ratification", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("charter show robotics-tx", visitor);
    expect(message.heading).toBe("Charter of Middle School Robotics Mentorship (robotics-tx), version 1");
    const text = plainTextOf(message);
    expect(text).toContain("Shared goal: Spark curiosity in engineering through real-world challenges.");
    expect(text).toContain("Expectations: Engineers mentor weekly build nights");
    expect(text).toContain("Ridgeline Engineering: industry mentor; commits: Six engineer mentors");
    expect(text).toContain("Robotics club enrollment: from 25 to 35 students");
    expect(text).toContain("Ratified version 1 (3 of 3 liaisons)");
    expect(text).toContain("Nobody: every liaison has ratified this version.");
  });

  it("writes a new version that keeps the expectations and needs every liaison to ratify again", async () => {
    testBot = await createTestBot();
    const set = await testBot.say("charter set robotics-tx Every student builds and programs a robot", maria);
    expect(set.error).toBeUndefined();
    expect(set.visibility).toBe("public");
    expect(set.heading).toBe("Charter of Middle School Robotics Mentorship: version 2");
    expect(plainTextOf(set)).toContain("(kept from version 1)");

    const text = plainTextOf(await testBot.say("charter show robotics-tx"));
    expect(text).toContain("version 2");
    expect(text).toContain("Shared goal: Every student builds and programs a robot");
    expect(text).toContain("written 2026-11-23 by Maria Alvarez");
    expect(text).toContain("Ratified version 2 (0 of 3 liaisons)");
    expect(text).toContain("Maria Alvarez (Lincoln Middle School)");
    expect(text).toContain("Sam Okafor (Ridgeline Engineering)");
    expect(await charterAudits(testBot)).toBe(1);
  });

  it("replaces the expectations when given", async () => {
    testBot = await createTestBot();
    await testBot.say('charter set robotics-tx "Every student builds a robot" --expectations "Mentors come twice a month"');
    const text = plainTextOf(await testBot.say("charter show robotics-tx"));
    expect(text).toContain("Expectations: Mentors come twice a month");
  });

  it("records a liaison's ratification once, however often they ratify", async () => {
    testBot = await createTestBot();
    await testBot.say("charter set robotics-tx Every student builds a robot");
    const first = await testBot.say("charter ratify robotics-tx", maria);
    expect(first.heading).toBe("Maria Alvarez ratified version 2 of Middle School Robotics Mentorship's charter");
    expect(plainTextOf(first)).toContain("Still to ratify: Dev Patel, Sam Okafor.");
    const again = await testBot.say("charter ratify robotics-tx", maria);
    expect(again.error).toBeUndefined();
    expect(again.heading).toBe("You had already ratified version 2 of Middle School Robotics Mentorship's charter");
    expect(await testBot.store.db.charterRatification.count({ where: { charter: { version: 2 } } })).toBe(1);
    expect(await charterAudits(testBot)).toBe(2);

    const text = plainTextOf(await testBot.say("charter show robotics-tx", dev));
    expect(text).toContain("Ratified version 2 (1 of 3 liaisons)");
    expect(text).toContain("Maria Alvarez (Lincoln Middle School) on 2026-11-23");
  });

  it("tells the last liaison that everyone has now ratified", async () => {
    testBot = await createTestBot();
    await testBot.say("charter set robotics-tx Every student builds a robot");
    await testBot.say("charter ratify robotics-tx", maria);
    await testBot.say("charter ratify robotics-tx", dev);
    const sam: Actor = { ...dev, userId: "sam.okafor", displayName: "Sam Okafor" };
    expect(plainTextOf(await testBot.say("charter ratify robotics-tx", sam))).toContain("Every liaison has ratified this version.");
  });

  it("lets only liaisons ratify, not coordinators or visitors", async () => {
    testBot = await createTestBot();
    for (const actor of [undefined, visitor]) {
      const message = await testBot.say("charter ratify robotics-tx", actor);
      expect(message.error).toBe("forbidden");
      expect(plainTextOf(message)).toContain("Only liaisons of robotics-tx's partner organisations ratify its charter");
    }
    expect(await charterAudits(testBot)).toBe(0);
  });

  it("refuses a charter change from someone who is not a liaison or coordinator and keeps the charter", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("charter set robotics-tx Something else entirely", visitor);
    expect(message.error).toBe("forbidden");
    expect(plainTextOf(message)).toContain("Only its liaisons (Maria Alvarez, Dev Patel, Sam Okafor) or a coordinator can change robotics-tx");
    expect(await testBot.store.db.charter.count({ where: { partnership: { handle: "robotics-tx" } } })).toBe(1);
    expect(await charterAudits(testBot)).toBe(0);
  });
});

describe("charter: bad input", () => {
  it("does not write a version that repeats the current one", async () => {
    testBot = await createTestBot();
    const message = await testBot.say('charter set robotics-tx "Spark curiosity in engineering through real-world challenges."');
    expect(message.error).toBe("conflict");
    expect(plainTextOf(message)).toContain("Version 1 already says exactly that");
    expect(await charterAudits(testBot)).toBe(0);
  });

  it("asks for a goal when none is given", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("charter set robotics-tx");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<goal> is missing");
    expect(plainTextOf(message)).toContain("Usage: /partner charter set <partnership> <goal...> [--expectations expectations]");
  });

  it("explains that a new partnership has no charter yet", async () => {
    testBot = await createTestBot();
    await testBot.say('new stem-lab "Saturday STEM Lab"');
    expect(plainTextOf(await testBot.say("charter show stem-lab"))).toContain("There is no charter yet.");
    await testBot.say('/partner partner add stem-lab school "Oak Elementary"');
    await testBot.say('liaison add stem-lab Oak "Maria Alvarez"');
    const ratify = await testBot.say("charter ratify stem-lab", maria);
    expect(ratify.error).toBe("not-found");
    expect(plainTextOf(ratify)).toContain("stem-lab has no charter to ratify yet");
  });

  it("suggests the closest handle for an unknown partnership", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("charter show solar");
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("Did you mean `solar-oh`?");
  });
});
