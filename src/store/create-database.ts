import { setFlagsFromString } from "node:v8";
import type { PrismaClient } from "../generated/sqlite/client.js";
import { cacheSqliteStatements } from "./cache-sqlite-statements.js";
import { createStatementNamer } from "./prepared-statements.js";
import { serializeSqliteTransactions } from "./serialize-sqlite-transactions.js";
import { timeDatabaseQueries, type ObserveQuery } from "./time-database-queries.js";

/**
 * The Prisma client for DATABASE_URL. Both generated clients come from one models file, so their
 * APIs match; the PostgreSQL one is typed as the SQLite one.
 */
export type Database = PrismaClient;

export type DatabaseFlavor = "sqlite" | "postgres";

export function flavorOf(url: string): DatabaseFlavor {
  return url.startsWith("file:") ? "sqlite" : "postgres";
}

/**
 * Prisma 7 plans every query in a WebAssembly module (4 MB). V8 first compiles it with its baseline
 * compiler, then recompiles busy functions with its optimising one on background threads, whose
 * memory stays with the process (about 55 MB of a 150 MB idle footprint, measured with bench:idle).
 * The baseline code is fast enough here: plans are cached and the heavy paths are raw SQL.
 * Set before the first client compiles the module; it affects only WebAssembly.
 */
function keepWebAssemblyOnBaselineCompiler(): void {
  setFlagsFromString("--liftoff-only");
}

export interface DatabaseOptions {
  /** Called with each statement's duration (GET /metrics' database time). */
  observeQuery?: ObserveQuery;
}

/** Opens the store's database; the only place that constructs a Prisma client. */
export async function createDatabase(url: string, options: DatabaseOptions = {}): Promise<Database> {
  const timed = <T extends object>(adapter: T): T => (options.observeQuery === undefined ? adapter : timeDatabaseQueries(adapter, options.observeQuery));
  keepWebAssemblyOnBaselineCompiler();
  if (flavorOf(url) === "sqlite") {
    const { PrismaClient } = await import("../generated/sqlite/client.js");
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    // WAL lets readers work while a writer commits; busy_timeout waits out a second process's lock.
    const client = new PrismaClient({ adapter: timed(serializeSqliteTransactions(cacheSqliteStatements(new PrismaBetterSqlite3({ url, timeout: 5000 })))) });
    await client.$executeRawUnsafe("PRAGMA journal_mode = WAL");
    await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    return client;
  }
  const { PrismaClient } = await import("../generated/postgres/client.js");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaClient({ adapter: timed(new PrismaPg({ connectionString: url }, { statementNameGenerator: createStatementNamer() })) }) as unknown as Database;
}
