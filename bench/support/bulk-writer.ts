import Sqlite from "better-sqlite3";
import pg from "pg";

export type Row = Record<string, string | number | boolean | Date | null>;

/** Inserts many rows fast, straight through the driver: bench seeding only, never the bot's path. */
export interface BulkWriter {
  insert(table: string, rows: Row[]): Promise<void>;
  /** PostgreSQL: move id sequences past explicitly inserted ids. */
  finish(tables: string[]): Promise<void>;
  close(): Promise<void>;
}

function sqliteValue(value: Row[string]): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00"); // Prisma's SQLite DateTime format
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

export function createBulkWriter(url: string): BulkWriter {
  if (url.startsWith("file:")) {
    const db = new Sqlite(url.slice("file:".length));
    db.pragma("journal_mode = WAL");
    return {
      async insert(table, rows) {
        if (rows.length === 0) return;
        const columns = Object.keys(rows[0]!);
        const statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`);
        db.transaction(() => {
          for (const row of rows) statement.run(columns.map((column) => sqliteValue(row[column]!)));
        })();
      },
      async finish() {},
      async close() {
        db.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    async insert(table, rows) {
      if (rows.length === 0) return;
      const columns = Object.keys(rows[0]!);
      const perStatement = Math.floor(30_000 / columns.length);
      for (let start = 0; start < rows.length; start += perStatement) {
        const batch = rows.slice(start, start + perStatement);
        const values: unknown[] = [];
        const tuples = batch.map((row) => `(${columns.map((column) => `$${values.push(row[column]!)}`).join(",")})`);
        await pool.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, values);
      }
    },
    async finish(tables) {
      for (const table of tables) await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX(id) FROM "${table}"))`);
      // A running database's tables have planner statistics (autovacuum analyzes them); freshly
      // bulk-loaded ones have none until autovacuum comes by, in the middle of the measurement.
      await pool.query("ANALYZE");
    },
    async close() {
      await pool.end();
    },
  };
}
