import { afterEach, describe, expect, it } from "vitest";
import { DATABASE_KINDS } from "../support/test-database.js";
import { addPartnership } from "../scheduler/support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "../scheduler/support/scheduler-fixture.js";

let fixture: SchedulerFixture | undefined;
afterEach(async () => fixture?.close());

const WEDNESDAY = new Date("2027-01-06T18:00:00Z");
const MONDAY = new Date("2027-01-11T15:00:30Z");
const AFTER_CLOSE = new Date("2027-01-14T15:00:30Z");
const DAY = 24 * 3_600_000;

describe.each(DATABASE_KINDS)("retention on the scheduler's tick (%s)", (kind) => {
  it("deletes delivered prompts of closed rounds after 90 days and processed deliveries after 24 hours, and keeps the rest", async () => {
    fixture = await createSchedulerFixture({ kind, now: WEDNESDAY });
    const { id, liaisonIds } = await addPartnership(fixture.db, { handle: "robotics", liaisons: ["Ana", "Ben"] });
    await fixture.scheduler.tick();
    fixture.clock.set(MONDAY);
    await fixture.scheduler.tick();
    fixture.clock.set(AFTER_CLOSE);
    await fixture.scheduler.tick();
    const firstRound = await fixture.db.round.findFirstOrThrow({ where: { partnershipId: id } });
    expect(await fixture.db.prompt.count({ where: { roundId: firstRound.id, status: "sent" } })).toBeGreaterThanOrEqual(2);
    await fixture.store.outbox.enqueue({ dedupeKey: "failed-long-ago", kind: "celebration", partnershipId: id, platform: "console", workspaceId: "demo", target: "channel:gone", message: { kind: "message", message: { blocks: [] } } as never, at: MONDAY });
    await fixture.db.prompt.update({ where: { dedupeKey: "failed-long-ago" }, data: { status: "failed", error: "channel gone" } });

    const later = new Date(AFTER_CLOSE.getTime() + 91 * DAY);
    await fixture.store.inboundDeliveries.claim("slack", "a-day-old", new Date(later.getTime() - 25 * 3_600_000));
    await fixture.store.inboundDeliveries.claim("slack", "an-hour-old", new Date(later.getTime() - 3_600_000));
    await fixture.db.connectCode.create({ data: { code: "EXPIRED1", personId: liaisonIds[0]!, expiresAt: new Date(later.getTime() - 60_000) } });
    await fixture.db.connectCode.create({ data: { code: "VALID001", personId: liaisonIds[1]!, expiresAt: new Date(later.getTime() + 60_000) } });

    fixture.clock.set(later);
    await fixture.scheduler.tick();

    expect(await fixture.db.prompt.count({ where: { roundId: firstRound.id } })).toBe(0);
    expect(await fixture.db.prompt.count({ where: { dedupeKey: "failed-long-ago" } })).toBe(1);
    // The catch-up round that this tick opened keeps its prompts.
    expect(await fixture.db.prompt.count({ where: { kind: "checkin", roundId: { not: firstRound.id } } })).toBe(2);
    expect((await fixture.db.processedDelivery.findMany()).map((row) => row.key)).toEqual(["an-hour-old"]);
    expect((await fixture.db.connectCode.findMany()).map((row) => row.code)).toEqual(["VALID001"]);
  });
});
