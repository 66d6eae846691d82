// npm run restore -- <file>: puts a backup back in place of the SQLite database; the bot must be stopped.
import "dotenv/config";
import { readConfig } from "../src/config/read-config.js";
import { flavorOf } from "../src/store/create-database.js";
import { restoreSqlite } from "../src/store/restore-sqlite.js";

const file = process.argv[2];
const { DATABASE_URL } = readConfig();
if (file === undefined) {
  process.stderr.write("Usage: npm run restore -- <file>   (stop the bot first)\n");
  process.exit(2);
}
if (flavorOf(DATABASE_URL) !== "sqlite") {
  process.stderr.write("DATABASE_URL is PostgreSQL: restore it with pg_restore (README, \"Operate it\").\n");
  process.exit(2);
}
try {
  const { restored, replaced } = await restoreSqlite(DATABASE_URL, file, new Date());
  process.stdout.write(`Restored ${restored}${replaced === null ? "" : `; the database it replaced is kept as ${replaced}`}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
