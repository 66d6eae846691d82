import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type DatabaseKind, type TestDatabase } from "../support/test-database.js";
import { addPartnership } from "./support/add-partnership.js";
import { LoopbackPlatform } from "./support/loopback-platform.js";
import { SchedulerProcess } from "./support/scheduler-processes.js";

const START = new Date("2027-01-06T18:00:00Z");
const MONDAY = new Date("2027-01-11T15:00:30Z");
const PARTNERSHIPS = 24;
const LIAISONS = ["Ana", "Ben", "Cai"];
// No test here waits for a duration: each awaits the processes' answers. The deadline only bounds a
// hang, generously, since three processes and PostgreSQL on two loaded cores can take minutes.
const DEADLINE_MS = 10 * 60_000;

let database: TestDatabase | undefined;
let platform: LoopbackPlatform | undefined;
// Started once for the file (starting one costs seconds); each test connects them to its database.
let processes: SchedulerProcess[] = [];
let crashing: SchedulerProcess | undefined;

beforeAll(async () => {
  processes = await Promise.all([1, 2, 3].map(() => SchedulerProcess.start()));
}, DEADLINE_MS);
afterAll(async () => Promise.all(processes.map((child) => child.stop())), DEADLINE_MS);
afterEach(async () => {
  await crashing?.stop();
  await platform?.stop();
  await database?.close();
});

async function setUp(kind: DatabaseKind): Promise<string> {
  database = await createTestDatabase(kind);
  for (let index = 0; index < PARTNERSHIPS; index++) {
    await addPartnership(database.db, { handle: `p${index}`, liaisons: LIAISONS.map((name) => `${name}${index}`) });
  }
  platform = new LoopbackPlatform();
  return platform.start();
}

/** What the database holds so far, for a test that runs out of time. */
async function progress(): Promise<string> {
  const [rounds, sent] = await Promise.all([database!.db.round.count(), database!.db.prompt.count({ where: { status: "sent" } })]);
  return `${rounds} of ${PARTNERSHIPS} rounds open, ${sent} of ${PARTNERSHIPS * LIAISONS.length} prompts sent, ${platform!.requests.length} requests to the platform`;
}

/** `work`, or after DEADLINE_MS a failure that says how far the processes got. */
async function withinDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => void progress().then((state) => reject(new Error(`not done after ${DEADLINE_MS / 1000} s: ${state}`)), reject), DEADLINE_MS);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function countByKey(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

describe.each([
  ["postgres", 3],
  ["sqlite", 2],
] as const)("scheduler processes sharing one %s database", (kind, count) => {
  it(`sends each prompt exactly once when ${count} processes tick at the same moments`, async () => {
    const platformUrl = await setUp(kind);
    const schedulers = processes.slice(0, count);
    await withinDeadline(Promise.all(schedulers.map((child, index) => child.open({ databaseUrl: database!.url, platformUrl, workerId: `worker-${index + 1}`, startAt: START }))));
    await withinDeadline(Promise.all(schedulers.map((child) => child.tick(START))));
    const reports = await withinDeadline(Promise.all(schedulers.map((child) => child.tick(MONDAY))));

    expect(reports.reduce((sum, report) => sum + report.opened, 0)).toBe(PARTNERSHIPS);
    const prompts = platform!.requests.filter((message) => message.kind === "checkin");
    expect(prompts).toHaveLength(PARTNERSHIPS * LIAISONS.length);
    expect([...countByKey(prompts.map((message) => message.idempotencyKey)).values()].every((times) => times === 1)).toBe(true);
    expect(await database!.db.prompt.count({ where: { status: "sent" } })).toBe(PARTNERSHIPS * LIAISONS.length);
    expect(await database!.db.round.count()).toBe(PARTNERSHIPS);
  }, DEADLINE_MS + 60_000);
});

describe("a scheduler process killed in the middle of a fan-out", () => {
  it("sends every prompt exactly once after a restart, even the one it sent but had not recorded", async () => {
    const platformUrl = await setUp("sqlite");
    const first = (crashing = await SchedulerProcess.start());
    await withinDeadline(first.open({ databaseUrl: database!.url, platformUrl, workerId: "before-crash", startAt: START }));
    await withinDeadline(first.tick(START));
    platform!.onRequest = (_message, index) => {
      if (index !== 30) return "ok";
      first.kill();
      return "create-and-hold";
    };
    await expect(withinDeadline(first.tick(MONDAY))).rejects.toThrow(/SIGKILL/);
    const sentBeforeCrash = platform!.created.length;
    expect(sentBeforeCrash).toBeGreaterThanOrEqual(30);
    expect(sentBeforeCrash).toBeLessThan(PARTNERSHIPS * LIAISONS.length);
    platform!.onRequest = undefined;

    // A process started on the same database after the dead one's leases ran out.
    const second = processes[0]!;
    await withinDeadline(second.open({ databaseUrl: database!.url, platformUrl, workerId: "after-restart", startAt: MONDAY }));
    await withinDeadline(second.tick(new Date(MONDAY.getTime() + 2 * 60_000)));

    const created = countByKey(platform!.created.map((message) => message.idempotencyKey));
    expect(created.size).toBe(PARTNERSHIPS * LIAISONS.length);
    expect([...created.values()].every((times) => times === 1)).toBe(true);
    // The 30th was created, then its sender died before recording it: the restart sent it again and
    // the platform's idempotency key kept it from posting twice (the README's one window).
    const heldKey = platform!.requests[29]!.idempotencyKey;
    expect(platform!.requests.filter((message) => message.idempotencyKey === heldKey)).toHaveLength(2);
    expect(await database!.db.prompt.count({ where: { status: "sent" } })).toBe(PARTNERSHIPS * LIAISONS.length);
  }, DEADLINE_MS + 60_000);
});
