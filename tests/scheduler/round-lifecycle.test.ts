import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/test-database.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { addPartnership } from "./support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";
import { formatDeliveryTarget } from "../../src/ports/delivery-target.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

// Wednesday 6 January 2027, noon in Chicago; the next Monday 09:00 CST is 15:00 UTC on the 11th.
const WEDNESDAY = new Date("2027-01-06T18:00:00Z");
const MONDAY_0900 = new Date("2027-01-11T15:00:00Z");
const HOUR = 3_600_000;

describe.each(DATABASE_KINDS)("a round from prompt to digest (%s)", (kind) => {
  it("prompts each liaison once, reminds only those who have not answered, and sends a digest at close", async () => {
    fixture = await createSchedulerFixture({ kind, now: WEDNESDAY });
    const { id, liaisonIds } = await addPartnership(fixture.db, { handle: "robotics", liaisons: ["Ana", "Ben"] });
    await fixture.scheduler.tick();
    expect(fixture.platform.received).toHaveLength(0);

    fixture.clock.set(new Date(MONDAY_0900.getTime() + 30_000));
    await fixture.scheduler.tick();
    const prompts = fixture.platform.ofKind("checkin");
    expect(prompts.map((prompt) => formatDeliveryTarget(prompt.target)).sort()).toEqual(["user:ana", "user:ben"]);
    expect(prompts[0]!.message.message.heading).toBe("Check-in for Partnership robotics, week of 2027-01-11");
    const button = prompts[0]!.message.message.blocks.find((block) => block.type === "actions");
    expect(button).toEqual({ type: "actions", buttons: [{ action: "checkin.start", value: String(id), label: "Start check-in", style: "primary" }] });
    const round = await fixture.db.round.findFirstOrThrow({ where: { partnershipId: id } });
    expect(round.period).toBe("2027-01-11");
    expect(round.closesAt.toISOString()).toBe("2027-01-14T15:00:00.000Z");

    await fixture.store.checkIns.record({
      partnershipId: id, roundId: round.id, personId: liaisonIds[0]!, status: "at-risk",
      highlights: "Robots drove", blockers: "Kits are late", needs: "A van", readings: [], source: "console", at: fixture.clock.now(),
    });
    fixture.clock.set(new Date("2027-01-13T15:00:01Z"));
    await fixture.scheduler.tick();
    await fixture.scheduler.tick();
    expect(fixture.platform.ofKind("reminder").map((reminder) => formatDeliveryTarget(reminder.target))).toEqual(["user:ben"]);

    fixture.clock.advance(24 * HOUR);
    await fixture.scheduler.tick();
    const digests = fixture.platform.ofKind("digest");
    expect(digests.map((digest) => formatDeliveryTarget(digest.target)).sort()).toEqual(["user:ana", "user:ben"]);
    const text = plainTextOf(digests[0]!.message.message);
    expect(text).toContain("Partnership robotics: check-in digest, week of 2027-01-11");
    expect(text).toContain("Answered: 1 of 2 (Ana)");
    expect(text).toContain("No answer yet: Ben");
    expect(text).toContain("Ana: Robots drove");
    expect(text).toContain("Ana: Kits are late");
    expect(text).toContain("Ana: A van");
    expect((await fixture.db.round.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("closed");

    await fixture.scheduler.tick();
    expect(fixture.platform.received).toHaveLength(2 + 1 + 2);
  });

  it("prompts in the linked updates channel with a mention, opens a reflection thread, and posts the digest there", async () => {
    fixture = await createSchedulerFixture({ kind, now: WEDNESDAY });
    const { id } = await addPartnership(fixture.db, {
      handle: "solar",
      liaisons: ["Ana", "Ben"],
      links: [
        { channelId: "C-updates", purpose: "updates" },
        { channelId: "C-reflect", purpose: "reflections" },
      ],
    });
    await fixture.scheduler.tick();
    fixture.clock.set(new Date(MONDAY_0900.getTime() + 60_000));
    await fixture.scheduler.tick();
    const prompts = fixture.platform.ofKind("checkin");
    expect(prompts.map((prompt) => [formatDeliveryTarget(prompt.target), prompt.message.mentions])).toEqual([
      ["channel:C-updates", ["ana"]],
      ["channel:C-updates", ["ben"]],
    ]);
    const [thread] = fixture.platform.ofKind("reflection-thread");
    expect(thread!.target).toEqual({ kind: "channel", id: "C-reflect" });
    expect(thread!.message.message.heading).toBe("Week of 2027-01-11: reflections");
    expect(thread!.message.mentions).toEqual(["ana", "ben"]);
    const round = await fixture.db.round.findFirstOrThrow({ where: { partnershipId: id } });
    const outbox = await fixture.db.prompt.findMany({ where: { roundId: round.id }, orderBy: { id: "asc" } });
    expect(outbox.map((row) => row.dedupeKey)).toEqual([
      `checkin:${round.id}:${outbox[0]!.personId}:console`,
      `checkin:${round.id}:${outbox[1]!.personId}:console`,
      `reflection-thread:${round.id}:console:C-reflect`,
    ]);
    expect(outbox.every((row) => row.status === "sent" && row.sentAt !== null)).toBe(true);
    // Each row keeps the id the platform gave its own message (the fake numbers them as it receives them).
    expect(outbox.map((row) => row.platformMessageId)).toEqual(outbox.map((row) => `m${fixture.platform.received.findIndex((delivery) => delivery.promptId === row.id) + 1}`));

    fixture.clock.set(new Date("2027-01-14T15:00:00Z"));
    await fixture.scheduler.tick();
    expect(fixture.platform.ofKind("digest").map((digest) => formatDeliveryTarget(digest.target))).toEqual(["channel:C-updates"]);
  });
});
