import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startPostgres, type RunningPostgres } from "./start-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresBaseUrl: string;
    postgresTemplate: string;
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const prismaCli = createRequire(path.join(root, "package.json")).resolve("prisma/build/index.js");

function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
}

let postgres: RunningPostgres | undefined;
let folder: string | undefined;

/**
 * Migrates one SQLite file and one PostgreSQL database once; each test copies them (a file copy,
 * or CREATE DATABASE ... TEMPLATE), so tests get a fresh real database in milliseconds.
 */
export async function setup(project: TestProject): Promise<void> {
  folder = mkdtempSync(path.join(tmpdir(), "partnership-bot-tests-"));
  const sqliteTemplate = path.join(folder, "template.db");
  migrate(`file:${sqliteTemplate}`);
  postgres = await startPostgres();
  const postgresTemplate = "bot_template";
  migrate(`${postgres.baseUrl}${postgresTemplate}`);
  // Nobody may stay connected to a template database, or CREATE DATABASE ... TEMPLATE fails.
  const admin = new pg.Client({ connectionString: `${postgres.baseUrl}postgres` });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [postgresTemplate]);
  await admin.end();
  project.provide("sqliteTemplate", sqliteTemplate);
  project.provide("postgresBaseUrl", postgres.baseUrl);
  project.provide("postgresTemplate", postgresTemplate);
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
