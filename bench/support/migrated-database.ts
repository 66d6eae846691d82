import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPostgres, type RunningPostgres } from "../../tests/support/start-postgres.js";

const root = path.resolve(import.meta.dirname, "../..");

/** A fresh migrated database for a bench run: a SQLite file, or an embedded PostgreSQL it starts. */
export async function createMigratedDatabase(kind: "sqlite" | "postgres"): Promise<{ url: string; stop(): Promise<void> }> {
  let server: RunningPostgres | undefined;
  let url: string;
  if (kind === "sqlite") {
    url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "bench-")), "bench.db")}`;
  } else {
    server = await startPostgres();
    url = `${server.baseUrl}bench`;
  }
  const prismaCli = createRequire(path.join(root, "package.json")).resolve("prisma/build/index.js");
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  return { url, stop: async () => server?.stop() };
}
