import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { coordinator, createTestBot, DEMO_NOW, visitor, type TestBot } from "../support/test-bot.js";
import { DATABASE_KINDS, type DatabaseKind } from "../support/test-database.js";

// Status is read as JSON each database builds itself (its own number, text and time formats):
// the answer must not depend on which database holds the partnership.
// Away from UTC, so a time read without its zone would show as another instant.
const zone = process.env.TZ;
beforeAll(() => void (process.env.TZ = "America/Sao_Paulo"));
afterAll(() => void (zone === undefined ? delete process.env.TZ : (process.env.TZ = zone)));
const opened: TestBot[] = [];
afterEach(async () => {
  await Promise.all(opened.map((testBot) => testBot.close()));
  opened.length = 0;
});

async function statusAnswers(kind: DatabaseKind): Promise<unknown[]> {
  const testBot = await createTestBot({ kind });
  opened.push(testBot);
  const { db } = testBot.store;
  const partnership = await db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
  const person = await db.person.findFirstOrThrow({ orderBy: { id: "asc" } });
  const metric = await db.metric.findFirstOrThrow({ where: { partnershipId: partnership.id }, orderBy: { id: "asc" } });
  // A check-in outside any round, text that needs escaping, a fraction and an instant with milliseconds.
  await db.checkInResponse.create({
    data: { partnershipId: partnership.id, personId: person.id, status: "at-risk", highlights: 'A "quoted" café ✓ \\ back\nslash', blockers: "Buses", submittedAt: new Date(DEMO_NOW.getTime() - 123) },
  });
  await db.metricReading.create({ data: { metricId: metric.id, value: 0.1 + 0.2, note: "", recordedAt: new Date(DEMO_NOW.getTime() - 3_600_007) } });
  await db.prompt.create({
    data: { dedupeKey: "failed-1", kind: "check-in", partnershipId: partnership.id, platform: coordinator.platform, workspaceId: coordinator.workspaceId, target: "U1", payload: "{}", status: "failed", error: "channel_not_found" },
  });
  const handles = (await db.partnership.findMany({ orderBy: { id: "asc" }, select: { handle: true } })).map((row) => row.handle);
  const answers: unknown[] = [];
  for (const handle of handles) for (const actor of [coordinator, visitor]) answers.push(await testBot.say(`status ${handle}`, actor));
  // The instants themselves too: an answer shows most of them only as days.
  answers.push(await testBot.store.status.load(partnership.id, coordinator, { readingHistory: { metrics: 4, perMetric: 52 } }));
  return answers;
}

describe("status", () => {
  it("answers the same on SQLite and PostgreSQL: loose check-ins, escaped text, fractions, delivery problems", async () => {
    const [sqlite, postgres] = await Promise.all(DATABASE_KINDS.map(statusAnswers));
    expect(JSON.stringify(sqlite)).toContain("Delivery problems");
    expect(JSON.stringify(sqlite)).toContain('A \\"quoted\\" café ✓');
    expect(JSON.stringify(sqlite)).toContain("0.30000000000000004");
    expect(postgres).toEqual(sqlite);
  });
});
