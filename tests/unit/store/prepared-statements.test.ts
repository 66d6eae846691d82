import { describe, expect, it } from "vitest";
import { Prisma } from "../../../src/generated/sqlite/client.js";
import { createStatementNamer, defineStatement, PREPARED } from "../../../src/store/prepared-statements.js";

describe("prepared statements", () => {
  it("gives each marked statement text one name, and leaves every other statement unnamed", () => {
    const name = createStatementNamer();
    const status = Prisma.sql`${PREPARED}SELECT ${1} AS "a"`.text;
    const other = Prisma.sql`${PREPARED}SELECT ${1} AS "b"`.text;
    expect(name({ sql: status })).not.toBe("");
    expect(name({ sql: status })).toBe(name({ sql: status }));
    expect(name({ sql: other })).not.toBe(name({ sql: status }));
    expect(name({ sql: Prisma.sql`SELECT ${1} AS "a"`.text })).toBe("");
  });

  it("stops naming new texts after a hundred, so a text that varies cannot fill a connection with statements", () => {
    const name = createStatementNamer();
    const names = Array.from({ length: 150 }, (_, index) => name({ sql: `${PREPARED.text}SELECT ${index}` }));
    expect(new Set(names.slice(0, 100)).size).toBe(100);
    expect(names.slice(100).every((given) => given === "")).toBe(true);
    expect(name({ sql: `${PREPARED.text}SELECT 7` })).toBe(names[7]);
  });

  it("fills a defined statement's named parameters in, wherever and however often they appear", () => {
    const statement = defineStatement<"id" | "name">((parameter) => Prisma.sql`SELECT * FROM "T" WHERE "id" = ${parameter("id")} AND "name" = ${parameter("name")} OR "parent" = ${parameter("id")}`);
    const sql = statement({ id: 7, name: "x" });
    expect(sql.text).toBe(`${PREPARED.text}SELECT * FROM "T" WHERE "id" = $1 AND "name" = $2 OR "parent" = $3`);
    expect(sql.values).toEqual([7, "x", 7]);
  });
});
