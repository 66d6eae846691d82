import { setImmediate as nextTurn } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

/** Resolves after `count` turns of the event loop: long enough for a statement with nothing to wait for. */
async function turns(count: number): Promise<"still waiting"> {
  for (let turn = 0; turn < count; turn++) await nextTurn();
  return "still waiting";
}

/** A transaction that writes a row, then stays open until `end` is called, then rolls back. */
function openTransaction(database: TestDatabase) {
  let end!: () => void;
  const ending = new Promise<void>((resolve) => (end = resolve));
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const done = database.db
    .$transaction(async (tx) => {
      await tx.person.create({ data: { displayName: "Written inside, rolled back" } });
      opened();
      await ending;
      throw new Error("roll back");
    })
    .catch((error: Error) => error.message);
  return { open, end, done };
}

// SQLite has one connection (serialize-sqlite-transactions.ts); PostgreSQL gives each its own.
describe.each(DATABASE_KINDS)("a statement from outside any transaction, on %s", (kind) => {
  let database: TestDatabase;
  afterEach(async () => database.close());

  it("is not rolled back with a transaction that was open when it ran", async () => {
    database = await createTestDatabase(kind);
    const transaction = openTransaction(database);
    await transaction.open;
    const outside = database.db.person.create({ data: { displayName: "Saved outside" } });
    if (kind === "sqlite") expect(await Promise.race([outside.then(() => "finished"), turns(50)])).toBe("still waiting");
    transaction.end();
    expect(await transaction.done).toBe("roll back");
    await outside;
    expect((await database.db.person.findMany()).map((person) => person.displayName)).toEqual(["Saved outside"]);
  });

  it("does not read what an open transaction has not committed", async () => {
    database = await createTestDatabase(kind);
    const transaction = openTransaction(database);
    await transaction.open;
    const count = database.db.person.count();
    if (kind === "sqlite") expect(await Promise.race([count.then(() => "finished"), turns(50)])).toBe("still waiting");
    transaction.end();
    await transaction.done;
    expect(await count).toBe(0);
  });
});
