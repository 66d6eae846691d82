import { afterEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/ports/actor.js";
import { DEMO_WORKSPACE } from "../../src/demo/demo-workspace.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

const sam: Actor = { ...DEMO_WORKSPACE, userId: "sam.okafor", displayName: "Sam Okafor", isPlatformAdmin: false };
const ana: Actor = { ...DEMO_WORKSPACE, userId: "U777", displayName: "Ana Ruiz", isPlatformAdmin: false };

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function audits(bot: TestBot, entity: string): Promise<number> {
  return bot.store.db.auditEntry.count({ where: { entity } });
}

describe("partner add", () => {
  it("adds a new organisation with its role and commitments, and show lists it", async () => {
    testBot = await createTestBot();
    const added = await testBot.say('/partner partner add robotics-tx nonprofit Houston Science Museum --role "field trips" --commitments "two visits a term"', maria);
    expect(added.error).toBeUndefined();
    expect(added.visibility).toBe("public");
    expect(added.heading).toBe("Houston Science Museum joined Middle School Robotics Mentorship");
    const shown = plainTextOf(await testBot.say("show robotics-tx", visitor));
    expect(shown).toContain("Houston Science Museum (nonprofit), field trips; commits: two visits a term; liaisons: no liaison yet");
    expect(await audits(testBot, "organization")).toBe(1);
    expect(await audits(testBot, "partner")).toBe(1);
  });

  it("reuses an organisation the workspace knows, whatever its capitals, and keeps its kind", async () => {
    testBot = await createTestBot();
    const organizations = await testBot.store.db.organization.count();
    const added = await testBot.say("/partner partner add solar-oh nonprofit ridgeline engineering --role sponsor");
    expect(added.heading).toBe("Ridgeline Engineering joined Rural Solar Classroom");
    expect(plainTextOf(added)).toContain("Ridgeline Engineering was already known here as a business, so it stays one.");
    expect(await testBot.store.db.organization.count()).toBe(organizations);
    expect(plainTextOf(await testBot.say("show solar-oh"))).toContain("Ridgeline Engineering (business), sponsor; liaisons: no liaison yet");
  });

  it("changes an existing partner's role, and refuses to add it twice with nothing to change", async () => {
    testBot = await createTestBot();
    const updated = await testBot.say('/partner partner add robotics-tx business "Ridgeline Engineering" --role "lead mentor"');
    expect(updated.heading).toBe("Updated Ridgeline Engineering in Middle School Robotics Mentorship");
    expect(plainTextOf(await testBot.say("show robotics-tx"))).toContain("Ridgeline Engineering (business), lead mentor; commits: Six engineer mentors");
    const again = await testBot.say('/partner partner add robotics-tx business "Ridgeline Engineering"');
    expect(again.error).toBe("conflict");
    expect(plainTextOf(again)).toContain('To change its role or commitments, add --role "..."');
    expect(await audits(testBot, "partner")).toBe(1);
  });

  it("refuses an unknown kind of organisation, naming the argument and the kinds", async () => {
    testBot = await createTestBot();
    const partners = await testBot.store.db.partner.count();
    const message = await testBot.say("/partner partner add robotics-tx company Acme");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<kind>: expected one of school, district, business, nonprofit, university, community, museum, other");
    expect(await testBot.store.db.partner.count()).toBe(partners);
  });

  it("lets only liaisons and coordinators add partners, and changes nothing otherwise", async () => {
    testBot = await createTestBot();
    const [partners, organizations] = [await testBot.store.db.partner.count(), await testBot.store.db.organization.count()];
    const message = await testBot.say("/partner partner add robotics-tx museum Perot Museum", visitor);
    expect(message.error).toBe("forbidden");
    expect(plainTextOf(message)).toContain("Only its liaisons (Maria Alvarez, Dev Patel, Sam Okafor) or a coordinator can change robotics-tx");
    expect(await testBot.store.db.partner.count()).toBe(partners);
    expect(await testBot.store.db.organization.count()).toBe(organizations);
    expect(await testBot.store.db.auditEntry.count()).toBe(0);
  });
});

describe("liaison add and remove", () => {
  it("names a mentioned person liaison, who can then change the partnership", async () => {
    testBot = await createTestBot();
    const added = await testBot.say("liaison add robotics-tx Ridgeline <@U777|Ana Ruiz>", maria);
    expect(added.heading).toBe("Ana Ruiz is now a liaison of Ridgeline Engineering");
    expect(plainTextOf(added)).toContain("Other liaisons of Ridgeline Engineering: Dev Patel, Sam Okafor");
    expect(plainTextOf(await testBot.say("show robotics-tx"))).toContain("liaisons: Dev Patel, Sam Okafor, Ana Ruiz");
    expect(await audits(testBot, "liaison")).toBe(1);

    const recorded = await testBot.say("metric record robotics-tx enrollment 32", ana);
    expect(recorded.error).toBeUndefined();
  });

  it("keeps a liaison to one organisation per partnership and does not add anyone twice", async () => {
    testBot = await createTestBot();
    const elsewhere = await testBot.say('liaison add robotics-tx "Lincoln Middle School" "Sam Okafor"');
    expect(elsewhere.error).toBe("conflict");
    expect(plainTextOf(elsewhere)).toContain("Sam Okafor is already the liaison of Ridgeline Engineering in robotics-tx");
    const twice = await testBot.say('liaison add robotics-tx "Ridgeline Engineering" "Sam Okafor"');
    expect(twice.error).toBe("conflict");
    expect(await audits(testBot, "liaison")).toBe(0);
  });

  it("names the partner organisations when the one given is not a partner, and creates nobody", async () => {
    testBot = await createTestBot();
    const message = await testBot.say('liaison add robotics-tx "Science Museum" "Ana Ruiz"');
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain('"Science Museum" is not a partner of robotics-tx. Use one of: "Lincoln Middle School", "Ridgeline Engineering"');
    expect(await testBot.store.db.person.count({ where: { displayName: "Ana Ruiz" } })).toBe(0);
  });

  it("refuses a liaison change from a visitor and changes nothing", async () => {
    testBot = await createTestBot();
    const liaisons = await testBot.store.db.liaison.count();
    const message = await testBot.say("liaison add robotics-tx Ridgeline <@U777|Ana Ruiz>", visitor);
    expect(message.error).toBe("forbidden");
    expect(await testBot.store.db.liaison.count()).toBe(liaisons);
    expect(await testBot.store.db.person.count({ where: { displayName: "Ana Ruiz" } })).toBe(0);
    expect(await testBot.store.db.auditEntry.count()).toBe(0);
  });

  it("removes a liaison, who can no longer change the partnership", async () => {
    testBot = await createTestBot();
    const removed = await testBot.say("liaison remove robotics-tx Ridgeline <@sam.okafor>", maria);
    expect(removed.heading).toBe("Sam Okafor is no longer a liaison of Ridgeline Engineering");
    expect(plainTextOf(removed)).toContain("Ridgeline Engineering is still represented by Dev Patel.");
    expect(await audits(testBot, "liaison")).toBe(1);
    const refused = await testBot.say("metric record robotics-tx enrollment 40", sam);
    expect(refused.error).toBe("forbidden");
  });

  it("says who the liaisons are when asked to remove someone who is not one, and creates nobody", async () => {
    testBot = await createTestBot();
    const message = await testBot.say('liaison remove robotics-tx Lincoln "Nobody Known"');
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("Nobody Known is not a liaison of Lincoln Middle School in robotics-tx. Its liaisons are Maria Alvarez.");
    expect(await testBot.store.db.person.count({ where: { displayName: "Nobody Known" } })).toBe(0);
    expect(await audits(testBot, "liaison")).toBe(0);
  });

  it("shows the usage when the person is missing", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("liaison add robotics-tx Lincoln");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<person> is missing");
    expect(plainTextOf(message)).toContain("Usage: /partner liaison add <partnership> <organization> <person...>");
  });
});

describe("coordinator add and remove", () => {
  it("makes a person coordinator, who can then create partnerships", async () => {
    testBot = await createTestBot();
    const added = await testBot.say("coordinator add <@maria.alvarez>");
    expect(added.heading).toBe("Maria Alvarez is now a coordinator");
    expect(await audits(testBot, "coordinator")).toBe(1);
    const created = await testBot.say('new stem-lab "Saturday STEM Lab"', maria);
    expect(created.error).toBeUndefined();
    const again = await testBot.say('coordinator add "Maria Alvarez"');
    expect(again.error).toBe("conflict");
    expect(await audits(testBot, "coordinator")).toBe(1);
  });

  it("lets only coordinators name coordinators", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("coordinator add <@visitor>", maria);
    expect(message.error).toBe("forbidden");
    expect(plainTextOf(message)).toContain("Only a coordinator (a workspace admin) can name coordinators");
    expect(await testBot.store.db.coordinator.count()).toBe(0);
  });

  it("removes a coordinator, who then can no longer create partnerships", async () => {
    testBot = await createTestBot();
    await testBot.say("coordinator add <@maria.alvarez>");
    const removed = await testBot.say("coordinator remove Maria Alvarez");
    expect(removed.heading).toBe("Maria Alvarez is no longer a coordinator");
    expect(await audits(testBot, "coordinator")).toBe(2);
    expect((await testBot.say('new stem-lab "Saturday STEM Lab"', maria)).error).toBe("forbidden");
  });

  it("explains that admins are not listed coordinators and cannot be removed", async () => {
    testBot = await createTestBot();
    const message = await testBot.say('coordinator remove "Demo Coordinator"');
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("Workspace admins and people named in the bot's COORDINATORS setting are coordinators without being listed");
  });

  it("keeps the last coordinator of a workspace without admins until there is another", async () => {
    testBot = await createTestBot();
    const workspace = { platform: "console", workspaceId: "district-2" };
    const lee: Actor = { ...workspace, userId: "lee", displayName: "Lee Chen", isPlatformAdmin: false };
    const person = await testBot.store.people.resolveActor(lee);
    await testBot.store.db.coordinator.create({ data: { ...workspace, personId: person.id } });

    const refused = await testBot.say("coordinator remove <@lee>", lee);
    expect(refused.error).toBe("conflict");
    expect(plainTextOf(refused)).toContain("Lee Chen is the last coordinator here");
    expect(await testBot.store.db.coordinator.count({ where: workspace })).toBe(1);

    await testBot.say("coordinator add <@kim|Kim Park>", lee);
    const removed = await testBot.say("coordinator remove <@lee>", lee);
    expect(removed.heading).toBe("Lee Chen is no longer a coordinator");
    expect((await testBot.store.coordinators.list(workspace)).map((coordinator) => coordinator.displayName)).toEqual(["Kim Park"]);
  });
});

describe("show", () => {
  it("shows partners, charter, metrics, schedule, channels, needs and milestones", async () => {
    testBot = await createTestBot();
    const partnership = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    await testBot.store.db.channelLink.create({ data: { partnershipId: partnership.id, platform: "slack", workspaceId: "T1", channelId: "C42", purpose: "updates" } });
    await testBot.say("charter set robotics-tx Every student builds a robot");
    await testBot.say("charter ratify robotics-tx", maria);

    const message = await testBot.say("show robotics-tx", visitor);
    expect(message.heading).toBe("Middle School Robotics Mentorship (robotics-tx)");
    const text = plainTextOf(message);
    expect(text).toContain("Program models: mentorship, after school");
    expect(text).toContain("Check-ins: Weekly on Monday at 09:00 (America/Chicago)");
    expect(text).toContain("Milestones: 3 (1 done, 1 overdue)");
    expect(text).toContain("Lincoln Middle School (school), host school; commits: Lab space after school, two teacher sponsors, student recruitment; liaisons: Maria Alvarez");
    expect(text).toContain("Goal: Every student builds a robot");
    expect(text).toContain("Ratified by 1 of 3 liaisons: Maria Alvarez");
    expect(text).toContain("Still to ratify: Dev Patel, Sam Okafor");
    expect(message.blocks.filter((block) => block.type === "progress")).toHaveLength(3);
    expect(text).toContain("Robotics club enrollment (enrollment) 31 students of 35");
    expect(text).toContain("slack channel C42 (updates)");
    expect(text).toContain("funding: Bus transport to the regional competition");
  });

  it("shows what to do next for a new, empty partnership", async () => {
    testBot = await createTestBot();
    await testBot.say('new stem-lab "Saturday STEM Lab"');
    const text = plainTextOf(await testBot.say("show stem-lab"));
    expect(text).toContain("No partners yet. Add one: /partner partner add stem-lab <kind> <organization>");
    expect(text).toContain("None yet. Write one: /partner charter set stem-lab <goal>");
    expect(text).toContain("Milestones: none yet");
  });

  it("suggests the closest handle for an unknown partnership", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("show appdev");
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("Did you mean `appdev-ca`?");
  });
});
