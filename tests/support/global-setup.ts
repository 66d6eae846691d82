import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDatabase, flavorOf } from "../../src/store/create-database.js";
import { createStore } from "../../src/store/create-store.js";
import { seedDemo } from "../../src/demo/seed-demo.js";
import { DEMO_NOW } from "./demo-now.js";
import { startPostgres, type RunningPostgres } from "./start-postgres.js";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplates: { empty: string; seeded: string };
    postgresBaseUrl: string;
    postgresTemplates: { empty: string; seeded: string };
  }
}

const root = path.resolve(import.meta.dirname, "../..");
const prismaCli = createRequire(path.join(root, "package.json")).resolve("prisma/build/index.js");

function migrate(databaseUrl: string): void {
  execFileSync(process.execPath, [prismaCli, "migrate", "deploy"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
}

async function seed(databaseUrl: string): Promise<void> {
  const db = await createDatabase(databaseUrl);
  await seedDemo(createStore(db, flavorOf(databaseUrl)), DEMO_NOW);
  await db.$disconnect();
}

let postgres: RunningPostgres | undefined;
let folder: string | undefined;

/**
 * Migrates (and seeds with the demo) one SQLite file and one PostgreSQL database of each kind once;
 * each test copies one (a file copy, or CREATE DATABASE ... TEMPLATE): a fresh real database in
 * milliseconds.
 */
export async function setup(project: TestProject): Promise<void> {
  folder = mkdtempSync(path.join(tmpdir(), "partnership-bot-tests-"));
  const sqlite = { empty: path.join(folder, "empty.db"), seeded: path.join(folder, "seeded.db") };
  migrate(`file:${sqlite.empty}`);
  copyFileSync(sqlite.empty, sqlite.seeded);
  await seed(`file:${sqlite.seeded}`);

  postgres = await startPostgres();
  const templates = { empty: "bot_template_empty", seeded: "bot_template_seeded" };
  migrate(`${postgres.baseUrl}${templates.empty}`);
  migrate(`${postgres.baseUrl}${templates.seeded}`);
  await seed(`${postgres.baseUrl}${templates.seeded}`);
  // Nobody may stay connected to a template database, or CREATE DATABASE ... TEMPLATE fails.
  const admin = new pg.Client({ connectionString: `${postgres.baseUrl}postgres` });
  await admin.connect();
  await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()`, [Object.values(templates)]);
  await admin.end();

  project.provide("sqliteTemplates", sqlite);
  project.provide("postgresBaseUrl", postgres.baseUrl);
  project.provide("postgresTemplates", templates);
}

export async function teardown(): Promise<void> {
  await postgres?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
