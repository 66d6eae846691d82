import { execFile } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { createDatabase, type Database } from "../../src/store/create-database.js";
import { createStore } from "../../src/store/create-store.js";
import { addPartnership } from "../scheduler/support/add-partnership.js";
import { FakePlatform } from "../scheduler/support/fake-platform.js";
import { silentLogger } from "../scheduler/support/scheduler-fixture.js";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";
import { GatedPlatform } from "./support/gated-platform.js";
import { Replica } from "./support/replica.js";

const root = path.resolve(import.meta.dirname, "../..");
const START = new Date("2027-01-06T18:00:00Z");
const MONDAY = new Date("2027-01-11T15:00:30Z");
const PARTNERSHIPS = 24;
const LIAISONS = ["Ana", "Ben", "Cai"];
const PROMPTS = PARTNERSHIPS * LIAISONS.length;
const SENT_BEFORE_BACKUP = 20;

let database: TestDatabase | undefined;
let platform: GatedPlatform | undefined;
let replica: Replica | undefined;
const opened: Database[] = [];

afterEach(async () => {
  await replica?.kill();
  await platform?.stop();
  for (const db of opened.splice(0)) await db.$disconnect();
  await database?.close();
});

/** `npm run backup` / `npm run restore` as an operator runs them (the script under tsx instead of its build). */
function runScript(script: "backup-database" | "restore-database", file: string, databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, file], { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: databaseUrl } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The exactly-once checks: one row per liaison and round, each dedupe key once. */
async function expectOneRowPerPrompt(db: Database): Promise<void> {
  const rows = await db.prompt.findMany({ where: { kind: "checkin" }, select: { dedupeKey: true, roundId: true } });
  expect(rows).toHaveLength(PROMPTS);
  expect(new Set(rows.map((row) => row.dedupeKey)).size).toBe(PROMPTS);
  const perRound = new Map<number | null, number>();
  for (const row of rows) perRound.set(row.roundId, (perRound.get(row.roundId) ?? 0) + 1);
  expect([...perRound.values()]).toEqual(Array(PARTNERSHIPS).fill(LIAISONS.length));
}

describe("backups of a SQLite database", () => {
  it("takes a backup during a fan-out that restores to a database sending every prompt exactly once", async () => {
    database = await createTestDatabase("sqlite");
    for (let index = 0; index < PARTNERSHIPS; index++) await addPartnership(database.db, { handle: `p${index}`, liaisons: LIAISONS.map((name) => `${name}${index}`) });
    platform = new GatedPlatform(SENT_BEFORE_BACKUP);
    const platformUrl = await platform.start();
    replica = await Replica.start();
    await replica.open({ databaseUrl: database.url, platformUrl, workerId: "replica", startAt: START, batchSize: 12, concurrency: 4 });
    await replica.tick(START);
    await replica.serve(MONDAY);
    await platform.until(() => platform!.created.length === SENT_BEFORE_BACKUP && platform!.held.length > 0);

    const folder = mkdtempSync(path.join(tmpdir(), "backup-"));
    const backupFile = path.join(folder, "during-fan-out.db");
    const backup = await runScript("backup-database", backupFile, database.url);
    expect(backup).toMatchObject({ code: 0, stdout: `Backed up to ${backupFile}\n` });

    // While the bot has the database open, restore refuses and changes nothing.
    const refused = await runScript("restore-database", backupFile, database.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("is in use");
    expect(refused.stderr).toContain("stop the bot first");

    platform.open();
    await platform.until(() => platform!.created.length === PROMPTS);
    replica.terminate();
    expect(await replica.exited).toEqual({ code: 0, signal: null });
    await database.db.$disconnect();

    // Stopped cleanly, the database is free: restore puts the backup back and keeps what it replaced.
    const restore = await runScript("restore-database", backupFile, database.url);
    expect(restore.code).toBe(0);
    const replaced = /kept as (.+)\n$/.exec(restore.stdout)?.[1];
    expect(replaced !== undefined && existsSync(replaced)).toBe(true);

    const restored = await createDatabase(database.url);
    opened.push(restored);
    await expectOneRowPerPrompt(restored);
    const sentInBackup = new Set((await restored.prompt.findMany({ where: { status: "sent" }, select: { dedupeKey: true } })).map((row) => row.dedupeKey));
    expect(sentInBackup.size).toBeGreaterThan(0);
    expect(sentInBackup.size).toBeLessThan(PROMPTS);

    // Running from the restored database after the backup's leases ran out: each remaining prompt goes once.
    const fake = new FakePlatform("console");
    const clock = new ManualClock(new Date(MONDAY.getTime() + 3 * 60_000));
    const scheduler = new Scheduler({ store: createStore(restored, "sqlite"), platforms: [fake], clock, logger: silentLogger, workerId: "after-restore" });
    await scheduler.dispatcher.drain();
    const delivered = fake.received.map((delivery) => delivery.idempotencyKey ?? "");
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered.some((key) => sentInBackup.has(key))).toBe(false);
    expect(delivered.length + sentInBackup.size).toBe(PROMPTS);
    expect(await restored.prompt.count({ where: { status: "sent" } })).toBe(PROMPTS);
  }, 5 * 60_000);

  it("refuses a backup of PostgreSQL and points to pg_dump", async () => {
    const result = await runScript("backup-database", path.join(tmpdir(), "never.db"), "postgresql://bot:secret@127.0.0.1:1/bot");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("pg_dump");
  });
});
