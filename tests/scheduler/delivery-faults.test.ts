import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { PermanentDeliveryError, RetryableDeliveryError } from "../../src/ports/delivery.js";
import { formatDeliveryTarget } from "../../src/ports/delivery-target.js";
import { createBot } from "../../src/create-bot.js";
import { coordinator, visitor } from "../support/test-bot.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { addPartnership } from "./support/add-partnership.js";
import { createSchedulerFixture, type SchedulerFixture } from "./support/scheduler-fixture.js";

let fixture: SchedulerFixture;
afterEach(async () => fixture?.close());

const START = new Date("2027-01-06T18:00:00Z");
const MONDAY = new Date("2027-01-11T15:00:00Z");

async function openRoundFor(partnerships: number, options: { channels?: boolean } = {}): Promise<void> {
  for (let index = 0; index < partnerships; index++) {
    await addPartnership(fixture.db, {
      handle: `p${index}`,
      liaisons: [`Ana${index}`, `Ben${index}`],
      links: options.channels ? [{ channelId: `C${index}`, purpose: "updates" }] : [],
    });
  }
  await fixture.scheduler.tick();
  fixture.clock.set(MONDAY);
}

describe("delivery faults", () => {
  it("delays but loses nothing in a 429 storm", async () => {
    fixture = await createSchedulerFixture({ now: START });
    await openRoundFor(20, { channels: true });
    fixture.platform.failWith = (_delivery, attempt) => (attempt <= 120 && attempt % 3 !== 0 ? new RetryableDeliveryError("429 Too Many Requests", 2_000 + (attempt % 5) * 1_000) : undefined);
    await fixture.scheduler.tick();
    await fixture.drainRetries();

    const keys = fixture.platform.ofKind("checkin").map((delivery) => delivery.idempotencyKey);
    expect(keys).toHaveLength(40);
    expect(new Set(keys).size).toBe(40);
    const rows = await fixture.db.prompt.findMany({ where: { kind: "checkin" } });
    expect(rows.every((row) => row.status === "sent" && row.attempts === 1)).toBe(true);
    expect(Math.max(...rows.map((row) => row.sentAt!.getTime()))).toBeGreaterThan(MONDAY.getTime() + 2_000);
  });

  it("holds back only the rate-limited channel; other channels keep going", async () => {
    fixture = await createSchedulerFixture({ now: START, pacing: { perTargetIntervalMs: 1_000 } });
    await openRoundFor(2, { channels: true });
    let refused = false;
    fixture.platform.failWith = (delivery) => {
      if (formatDeliveryTarget(delivery.target) !== "channel:C0" || refused) return undefined;
      refused = true;
      return new RetryableDeliveryError("429", 30_000);
    };
    await fixture.scheduler.tick();
    expect(fixture.platform.received.map((delivery) => formatDeliveryTarget(delivery.target))).toEqual(["channel:C1", "channel:C1"]);
    const held = await fixture.db.prompt.findMany({ where: { target: "channel:C0" } });
    expect(held.map((row) => [row.status, row.nextAttemptAt.getTime() - MONDAY.getTime()])).toEqual([
      ["pending", 30_000],
      ["pending", 30_000],
    ]);

    fixture.clock.set(new Date(MONDAY.getTime() + 30_000));
    await fixture.scheduler.tick();
    expect(fixture.platform.received.map((delivery) => formatDeliveryTarget(delivery.target))).toEqual(["channel:C1", "channel:C1", "channel:C0", "channel:C0"]);
  });

  it("never retries a permanent failure, and status shows it", async () => {
    fixture = await createSchedulerFixture({ now: START });
    await openRoundFor(1);
    fixture.platform.failWith = (delivery) => (formatDeliveryTarget(delivery.target) === "user:ben0" ? new PermanentDeliveryError("user_not_found") : undefined);
    await fixture.scheduler.tick();
    fixture.clock.advance(3_600_000);
    await fixture.scheduler.tick();
    const failed = await fixture.db.prompt.findFirstOrThrow({ where: { target: "user:ben0" } });
    expect([failed.status, failed.attempts, failed.error]).toEqual(["failed", 1, "user_not_found"]);
    expect(fixture.platform.received.map((delivery) => formatDeliveryTarget(delivery.target))).toEqual(["user:ana0"]);

    const bot = createBot({ store: fixture.store, clock: fixture.clock, logger: pino({ level: "silent" }) });
    const status = await bot.runCommandLine("status p0", { actor: coordinator });
    // Issue 10: in words, without the target's id or the platform's error text, and only for liaisons and coordinators.
    const text = status.kind === "message" ? plainTextOf(status) : "";
    expect(text).toContain("1 prompt to the console could not be delivered: the person's account is gone");
    expect(text).not.toContain("ben0");
    expect(text).not.toContain("user_not_found");
    for (const reader of [visitor, { ...visitor, workspaceId: "elsewhere", userId: "linked-reader" }]) {
      if (reader.workspaceId === "elsewhere") await fixture.db.channelLink.create({ data: { partnershipId: failed.partnershipId!, platform: "console", workspaceId: "elsewhere", channelId: "X1", purpose: "updates" } });
      const seen = await bot.runCommandLine("status p0", { actor: reader });
      expect(seen.kind === "message" && seen.heading).toContain("p0");
      expect(seen.kind === "message" && plainTextOf(seen)).not.toContain("could not be delivered");
    }
  });

  it("retries a server error with growing waits and gives up after eight tries", async () => {
    fixture = await createSchedulerFixture({ now: START });
    await openRoundFor(1);
    const triedAt: number[] = [];
    fixture.platform.failWith = (delivery) => {
      if (formatDeliveryTarget(delivery.target) !== "user:ben0") return undefined;
      triedAt.push(fixture.clock.now().getTime());
      return new RetryableDeliveryError("HTTP 503");
    };
    await fixture.scheduler.tick();
    await fixture.drainRetries();
    const gaps = triedAt.slice(1).map((at, index) => (at - triedAt[index]!) / 1000);
    expect(gaps).toEqual([30, 60, 120, 240, 480, 960, 1800]);
    const row = await fixture.db.prompt.findFirstOrThrow({ where: { target: "user:ben0" } });
    expect([row.status, row.attempts, row.error]).toEqual(["failed", 8, "gave up after 8 tries: HTTP 503"]);
  });

  it("paces a platform's messages one second apart per channel", async () => {
    fixture = await createSchedulerFixture({ now: START, pacing: { perTargetIntervalMs: 1_000 } });
    await addPartnership(fixture.db, { handle: "p0", liaisons: ["Ana", "Ben", "Cai"], links: [{ channelId: "C0", purpose: "updates" }] });
    await fixture.scheduler.tick();
    fixture.clock.set(MONDAY);
    await fixture.scheduler.tick();
    expect(fixture.platform.receivedAt.map((at) => at - MONDAY.getTime())).toEqual([0, 1_000, 2_000]);
  });

  it("does not send a check-in whose round closed before it could be delivered", async () => {
    fixture = await createSchedulerFixture({ now: START });
    await openRoundFor(1);
    fixture.platform.failWith = () => new RetryableDeliveryError("down", 5 * 24 * 3_600_000);
    await fixture.scheduler.tick();
    fixture.platform.failWith = undefined;
    fixture.clock.set(new Date(MONDAY.getTime() + 5 * 24 * 3_600_000 + 1));
    await fixture.scheduler.tick();
    expect(fixture.platform.ofKind("checkin")).toHaveLength(0);
    expect(await fixture.db.prompt.count({ where: { kind: "checkin", status: "skipped" } })).toBe(2);
  });
});
