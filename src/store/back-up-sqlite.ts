import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "./create-database.js";

/**
 * Writes a consistent copy of a SQLite database to `file` while the bot keeps running. VACUUM INTO
 * reads one snapshot inside a read transaction, so writers in other processes (WAL) neither block it
 * nor make it start over, unlike the page-by-page backup API, which restarts after each such write.
 */
export async function backUpSqlite(db: Database, file: string): Promise<string> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new Error(`${target} exists already: name a new file, so no backup is overwritten.`);
  await db.$executeRawUnsafe("VACUUM INTO ?", target);
  return target;
}
