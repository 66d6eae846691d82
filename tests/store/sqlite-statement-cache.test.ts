import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database.js";

// SQLite's prepared statements are kept by their SQL (cache-sqlite-statements.ts): the same
// statement run again must bind the new parameters, and transactions must still commit and roll back.
describe("SQLite statements run again", () => {
  let database: TestDatabase;
  afterEach(async () => database.close());

  it("answer with each call's own parameters", async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    await db.person.create({ data: { displayName: "Ada" } });
    await db.person.create({ data: { displayName: "Grace" } });
    const byName = (name: string) => db.$queryRaw<{ displayName: string }[]>`SELECT "displayName" FROM "Person" WHERE "displayName" = ${name}`;
    expect(await byName("Ada")).toEqual([{ displayName: "Ada" }]);
    expect(await byName("Grace")).toEqual([{ displayName: "Grace" }]);
    expect(await byName("Nobody")).toEqual([]);
    expect((await db.person.findFirst({ where: { displayName: "Grace" } }))?.displayName).toBe("Grace");
    expect((await db.person.findFirst({ where: { displayName: "Ada" } }))?.displayName).toBe("Ada");
  });

  it("commit and roll back transactions as before", async () => {
    database = await createTestDatabase("sqlite");
    const { db } = database;
    await db.$transaction(async (tx) => tx.person.create({ data: { displayName: "Kept" } }));
    await expect(
      db.$transaction(async (tx) => {
        await tx.person.create({ data: { displayName: "Undone" } });
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    await db.$transaction(async (tx) => tx.person.create({ data: { displayName: "Kept too" } }));
    expect((await db.person.findMany({ orderBy: { id: "asc" } })).map((person) => person.displayName)).toEqual(["Kept", "Kept too"]);
  });
});
