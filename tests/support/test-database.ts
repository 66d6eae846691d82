import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createDatabase, type Database } from "../../src/store/create-database.js";

export type DatabaseKind = "sqlite" | "postgres";

export interface TestDatabase {
  kind: DatabaseKind;
  url: string;
  db: Database;
  close(): Promise<void>;
}

/**
 * A fresh, migrated, real database: a SQLite file in a temp folder or a new PostgreSQL database,
 * empty or holding the console's demo workspace as seeded at DEMO_NOW.
 */
export async function createTestDatabase(kind: DatabaseKind = "sqlite", contents: "empty" | "seeded" = "empty"): Promise<TestDatabase> {
  // The unit project has no global setup, so nothing is provided there.
  if (inject("sqliteTemplates") === undefined) throw new Error("this test needs a database: move it out of tests/unit/ (and adapters/) into the integration project's folders");
  if (kind === "sqlite") {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "partnership-bot-db-")), "test.db");
    copyFileSync(inject("sqliteTemplates")[contents], file);
    const url = `file:${file}`;
    const db = await createDatabase(url);
    return { kind, url, db, close: () => db.$disconnect() };
  }
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: `${inject("postgresBaseUrl")}postgres` });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplates")[contents]}`);
  } finally {
    await admin.end();
  }
  const url = `${inject("postgresBaseUrl")}${name}`;
  const db = await createDatabase(url);
  return { kind, url, db, close: () => db.$disconnect() };
}

export const DATABASE_KINDS: DatabaseKind[] = ["sqlite", "postgres"];
