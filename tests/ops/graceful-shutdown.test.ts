import { afterEach, describe, expect, it } from "vitest";
import { addPartnership } from "../scheduler/support/add-partnership.js";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../support/test-database.js";
import { GatedPlatform } from "./support/gated-platform.js";
import { Replica } from "./support/replica.js";

const START = new Date("2027-01-06T18:00:00Z");
const MONDAY = new Date("2027-01-11T15:00:30Z");
const PARTNERSHIPS = 24;
const LIAISONS = ["Ana", "Ben", "Cai"];
const PROMPTS = PARTNERSHIPS * LIAISONS.length;
const CONCURRENCY = 4;
// Nothing here waits for a duration; the deadline only bounds a hang on two loaded cores.
const DEADLINE_MS = 5 * 60_000;

let database: TestDatabase | undefined;
let platform: GatedPlatform | undefined;
let replicas: Replica[] = [];

afterEach(async () => {
  await Promise.all(replicas.map((replica) => replica.kill()));
  await platform?.stop();
  await database?.close();
});

function countByKey(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe.each(["sqlite", "postgres"] as const)("SIGTERM to one of two replicas mid fan-out on %s", (kind: DatabaseKind) => {
  it("delivers every prompt exactly once, and the survivor sends the rows the stopping replica handed back", async () => {
    database = await createTestDatabase(kind);
    for (let index = 0; index < PARTNERSHIPS; index++) await addPartnership(database.db, { handle: `p${index}`, liaisons: LIAISONS.map((name) => `${name}${index}`) });
    platform = new GatedPlatform();
    const platformUrl = await platform.start();
    replicas = await Promise.all([Replica.start(), Replica.start()]);
    const [stopping, survivor] = replicas as [Replica, Replica];
    await stopping.open({ databaseUrl: database.url, platformUrl, workerId: "replica-a", startAt: START, batchSize: 12, concurrency: CONCURRENCY });
    await survivor.open({ databaseUrl: database.url, platformUrl, workerId: "replica-b", startAt: START, batchSize: 12, concurrency: CONCURRENCY });
    await stopping.tick(START);

    // Both serve from Monday's due minute; the platform holds every send, so both are mid fan-out.
    await Promise.all([stopping.serve(MONDAY), survivor.serve(MONDAY)]);
    await platform.until(() => platform!.heldFrom("replica-a").length === CONCURRENCY && platform!.heldFrom("replica-b").length > 0);
    const inFlight = new Set(platform.heldFrom("replica-a").map((message) => message.idempotencyKey));
    const claimedByA = await database.db.prompt.findMany({ where: { claimedBy: { startsWith: "replica-a:" }, status: "pending" } });
    const handedBack = claimedByA.filter((row) => !inFlight.has(row.dedupeKey));
    expect(handedBack.length).toBeGreaterThan(0);

    stopping.terminate();
    await stopping.said("handed claimed messages back to the outbox");
    // Handed back at once, claimable now: unclaimed, due, and still pending.
    const afterRelease = await database.db.prompt.findMany({ where: { id: { in: handedBack.map((row) => row.id) } } });
    expect(afterRelease.every((row) => row.claimedBy === null && row.claimedUntil === null && row.status === "pending" && row.nextAttemptAt <= MONDAY)).toBe(true);
    // What it is sending still belongs to it until the send is recorded.
    expect(await database.db.prompt.count({ where: { claimedBy: { startsWith: "replica-a:" }, status: "pending" } })).toBe(CONCURRENCY);

    // The sends in flight are answered: the stopping replica records them and exits 0.
    platform.open();
    expect(await stopping.exited).toEqual({ code: 0, signal: null });
    await platform.until(() => platform!.created.length === PROMPTS);
    survivor.terminate();
    expect(await survivor.exited).toEqual({ code: 0, signal: null });

    const requests = countByKey(platform.requests.map((message) => message.idempotencyKey));
    expect(requests.size).toBe(PROMPTS);
    expect([...requests.values()].every((times) => times === 1)).toBe(true);
    const rows = await database.db.prompt.findMany();
    expect(rows.filter((row) => row.status === "sent")).toHaveLength(PROMPTS);
    const sentBy = new Map(rows.map((row) => [row.id, row.claimedBy ?? ""]));
    // The survivor's clock never passed the stopping replica's leases: it sent these because they were handed back.
    expect(handedBack.every((row) => row.claimedUntil! > MONDAY && sentBy.get(row.id)!.startsWith("replica-b:"))).toBe(true);
    expect(claimedByA.filter((row) => inFlight.has(row.dedupeKey)).every((row) => sentBy.get(row.id) === row.claimedBy)).toBe(true);
  }, DEADLINE_MS);
});
