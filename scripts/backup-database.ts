// npm run backup -- <file>: a consistent copy of the SQLite database, safe while the bot runs.
import "dotenv/config";
import { readConfig } from "../src/config/read-config.js";
import { backUpSqlite } from "../src/store/back-up-sqlite.js";
import { createDatabase, flavorOf } from "../src/store/create-database.js";

const file = process.argv[2];
const { DATABASE_URL } = readConfig();
if (file === undefined) {
  process.stderr.write("Usage: npm run backup -- <file>   (a new file, for example backups/bot-2027-01-11.db)\n");
  process.exit(2);
}
if (flavorOf(DATABASE_URL) !== "sqlite") {
  process.stderr.write("DATABASE_URL is PostgreSQL: back it up with pg_dump (README, \"Operate it\").\n");
  process.exit(2);
}
const db = await createDatabase(DATABASE_URL);
try {
  process.stdout.write(`Backed up to ${await backUpSqlite(db, file)}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
