import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Offline: Prisma 7 would download the native schema-engine binary from binaries.prisma.sh.
// Point the CLI at the wasm-based stand-in instead (also skips the download check).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts/schema-engine-wasm.mjs");

// One config, two providers: DATABASE_URL decides which schema folder + migrations are used.
const url = process.env.DATABASE_URL ?? "file:./data/bot.db";
const flavor = url.startsWith("file:") ? "sqlite" : "postgres";

export default defineConfig({
  schema: `prisma/${flavor}`,
  migrations: { path: `prisma/${flavor}/migrations` },
  datasource: { url },
});
