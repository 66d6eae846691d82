import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "./apply-migrations.js";
import { createDatabase, flavorOf, type Database, type DatabaseOptions } from "./create-database.js";

/** The committed migrations (folders with a migration.sql) that `_prisma_migrations` does not list as applied. */
export async function findPendingMigrations(db: Database, migrationsFolder: string): Promise<string[]> {
  const committed = readdirSync(migrationsFolder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsFolder, entry.name, "migration.sql")))
    .map((entry) => entry.name);
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`);
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    // No history table yet: a new database.
    return committed;
  }
  return committed.filter((name) => !applied.has(name));
}

/**
 * Opens the database for DATABASE_URL with every committed migration applied. The Prisma CLI (about
 * two seconds of a start) runs only when a migration is missing: a new database, or after an upgrade.
 */
export async function openMigratedDatabase(databaseUrl: string, projectRoot: string, options: DatabaseOptions = {}): Promise<Database> {
  const flavor = flavorOf(databaseUrl);
  // better-sqlite3 cannot open a file in a folder that does not exist yet; the CLI creates both.
  const sqliteFile = flavor === "sqlite" ? path.resolve(databaseUrl.slice("file:".length).split("?")[0]!) : undefined;
  if (sqliteFile !== undefined && !existsSync(sqliteFile)) await applyMigrations(databaseUrl, projectRoot);
  const db = await createDatabase(databaseUrl, options);
  const pending = await findPendingMigrations(db, path.join(projectRoot, "prisma", flavor, "migrations"));
  if (pending.length > 0) await applyMigrations(databaseUrl, projectRoot);
  return db;
}
