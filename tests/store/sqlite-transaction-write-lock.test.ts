import Sqlite from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

// Another process on the same file, as a second scheduler would be: a connection of its own that
// does not wait for locks, so the test reads the lock's state instead of waiting on it.
function otherProcess(url: string): Sqlite.Database {
  return new Sqlite(url.slice("file:".length), { timeout: 0 });
}

// A transaction that read, then wrote after another process committed, failed with
// SQLITE_BUSY_SNAPSHOT (serialize-sqlite-transactions.ts): each transaction now takes the write
// lock as it begins, and another writer waits for it.
describe("a SQLite transaction", () => {
  let database: TestDatabase;
  let other: Sqlite.Database | undefined;
  afterEach(async () => {
    other?.close();
    await database.close();
  });

  it("holds the write lock from its start, before its first write", async () => {
    database = await createTestDatabase("sqlite");
    other = otherProcess(database.url);
    const otherWrite = () => other!.prepare(`INSERT INTO "Person" ("displayName", "createdAt") VALUES ('Other process', '2026-12-02T00:00:00.000+00:00')`).run();
    const seenInside = await database.db.$transaction(async (tx) => {
      await tx.person.count();
      let refused: string | undefined;
      try {
        otherWrite();
      } catch (error) {
        refused = (error as { code?: string }).code;
      }
      await tx.person.create({ data: { displayName: "Inside" } });
      return refused;
    });
    expect(seenInside).toBe("SQLITE_BUSY");
    // Once it has committed, the other process writes as usual.
    otherWrite();
    expect((await database.db.person.findMany({ orderBy: { id: "asc" } })).map((person) => person.displayName)).toEqual(["Inside", "Other process"]);
  });
});
