import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Applies the committed migrations for DATABASE_URL with `prisma migrate deploy` (through the
 * offline schema-engine stand-in named in prisma.config.ts). Safe to run on every start and from
 * several replicas: Prisma takes an advisory lock on PostgreSQL.
 */
export async function applyMigrations(databaseUrl: string, projectRoot: string): Promise<string> {
  const prismaCli = createRequire(path.join(projectRoot, "package.json")).resolve("prisma/build/index.js");
  try {
    const { stdout } = await run(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      maxBuffer: 10 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    // The URL can carry a password: never echo it back.
    const detail = `${output.stdout ?? ""}${output.stderr ?? ""}`.replaceAll(databaseUrl, "[DATABASE_URL]");
    throw new Error(`Could not apply database migrations. Check DATABASE_URL and that the database is reachable.\n${detail}`);
  }
}
