import { afterEach, describe, expect, it } from "vitest";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

describe("list, status and help", () => {
  it("lists the seeded partnerships of the workspace", async () => {
    testBot = await createTestBot();
    const text = plainTextOf(await testBot.say("/partner list"));
    expect(text).toContain("robotics-tx: Middle School Robotics Mentorship");
    expect(text).toContain("solar-oh");
    expect(text).toContain("appdev-ca");
  });

  it("shows health with reasons, metric progress bars and the latest check-in", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("status robotics-tx", visitor);
    expect(message.heading).toBe("Middle School Robotics Mentorship (robotics-tx): at risk");
    const text = plainTextOf(message);
    expect(text).toContain("2 of 3 liaisons say at risk");
    expect(text).toContain('Milestone "Prototype showcase for families" is 4 days overdue');
    const bars = message.blocks.filter((block) => block.type === "progress");
    expect(bars.map((bar) => bar.type === "progress" && bar.label)).toEqual([
      "Robotics club enrollment",
      "Mentor hours per month",
      "Student confidence (survey average)",
    ]);
    expect(text).toContain("31 students of 35 (baseline 25");
  });

  it("calls a partnership off track when liaisons say so and check-ins go unanswered", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("status appdev-ca");
    expect(message.heading).toContain("off track");
    expect(plainTextOf(message)).toMatch(/% of check-ins answered lately/);
  });

  it("suggests the closest handle for an unknown partnership", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("status robotics");
    expect(message.error).toBe("not-found");
    expect(plainTextOf(message)).toContain("Did you mean `robotics-tx`?");
  });

  it("answers an unknown command with help", async () => {
    testBot = await createTestBot();
    const text = plainTextOf(await testBot.say("/partner frobnicate"));
    expect(text).toContain("I don't know the command `frobnicate`");
    expect(text).toContain("status: Health of a partnership");
  });

  it("accepts a line with or without the leading /partner, even for the partner add command", async () => {
    testBot = await createTestBot();
    expect((await testBot.say("/partner list")).heading).toBe("Partnerships (3)");
    expect((await testBot.say("partner list")).heading).toBe("Partnerships (3)");
    const added = await testBot.say('partner add solar-oh university "Ohio State University" --role "research partner"');
    expect(added.error).toBeUndefined();
    const show = await testBot.say("/partner show solar-oh");
    expect(plainTextOf(show)).toContain("Ohio State University");
  });

  it("names the missing argument and shows the usage", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("status");
    expect(message.error).toBe("bad-arguments");
    expect(plainTextOf(message)).toContain("<partnership> is missing");
    expect(plainTextOf(message)).toContain("Usage: /partner status <partnership>");
  });

  it("shows options that can only be given by name as --options in the usage", async () => {
    testBot = await createTestBot();
    const text = plainTextOf(await testBot.say("help survey create"));
    expect(text).toContain("Usage: /partner survey create <partnership> <title...> [--anonymous]");
  });

  it("explains one command with its arguments and an example", async () => {
    testBot = await createTestBot();
    const text = plainTextOf(await testBot.say("help new"));
    expect(text).toContain("Usage: /partner new <handle> <name...> [--models models] [--timezone timezone] [--status proposed|active|paused|completed]");
    expect(text).toContain("timezone: IANA time zone");
  });
});

describe("new", () => {
  it("creates a partnership with a default weekly schedule and records who did it", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('new stem-lab "Saturday STEM Lab" --models mentorship,research --timezone Europe/Berlin');
    expect(reply.heading).toBe("Created Saturday STEM Lab (stem-lab)");
    const status = await testBot.say("status stem-lab");
    expect(plainTextOf(status)).toContain("Weekly on Monday at 09:00 (Europe/Berlin)");
    const audit = await testBot.store.db.auditEntry.findMany({ where: { entity: "partnership", action: "create" } });
    expect(audit).toHaveLength(1);
  });

  it("refuses a taken handle and changes nothing", async () => {
    testBot = await createTestBot();
    const message = await testBot.say('new robotics-tx "Another"');
    expect(message.error).toBe("conflict");
    expect(await testBot.store.db.partnership.count()).toBe(3);
  });

  it("rejects an unknown time zone and an unknown program model by name", async () => {
    testBot = await createTestBot();
    const zone = await testBot.say("new lab-x Lab --timezone Mars/Olympus");
    expect(plainTextOf(zone)).toContain("<timezone>: not a time zone I know");
    const model = await testBot.say("new lab-x Lab --models knitting");
    expect(plainTextOf(model)).toContain("<models>");
    expect(await testBot.store.db.partnership.count()).toBe(3);
  });

  it("lets only coordinators create partnerships", async () => {
    testBot = await createTestBot();
    const message = await testBot.say("new lab-x Lab", maria);
    expect(message.error).toBe("forbidden");
    expect(plainTextOf(message)).toContain("Only a coordinator");
    expect(await testBot.store.db.partnership.count()).toBe(3);
  });
});
