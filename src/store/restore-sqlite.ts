import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { createDatabase } from "./create-database.js";

export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

/** The file a `file:` DATABASE_URL names, resolved as the bot resolves it (from the working folder). */
export function sqliteFileOf(databaseUrl: string): string {
  return path.resolve(databaseUrl.slice("file:".length).split("?")[0]!);
}

/**
 * Puts a backup in place of the SQLite database, only while no process has it open. A process with
 * the database open keeps its write-ahead log (`<file>-wal`) and its index (`-shm`) beside it;
 * SQLite removes both when the last connection closes, as the bot's shutdown does. So either file
 * present means the bot is running, or stopped without closing the database (a crash). The backup is
 * checked before it replaces anything, and the replaced database is kept as `<file>.replaced-<time>`.
 */
export async function restoreSqlite(databaseUrl: string, backupFile: string, now: Date): Promise<{ restored: string; replaced: string | null }> {
  const target = sqliteFileOf(databaseUrl);
  const backup = path.resolve(backupFile);
  if (!existsSync(backup)) throw new RestoreRefusedError(`There is no backup at ${backup}.`);
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync(`${target}${suffix}`)) {
      throw new RestoreRefusedError(
        `${target} is in use (${path.basename(target)}${suffix} exists): stop the bot first (SIGTERM or Ctrl+C; it closes the database and SQLite removes that file). ` +
          "If no bot is running, it stopped without closing the database: start it once and stop it cleanly, then restore.",
      );
    }
  }
  // Checked as a copy beside the target, then renamed into place, so the target is never half-written.
  const incoming = `${target}.restoring`;
  copyFileSync(backup, incoming);
  try {
    const db = await createDatabase(`file:${incoming}`);
    try {
      const [check] = await db.$queryRawUnsafe<{ quick_check: string }[]>("PRAGMA quick_check");
      if (check?.quick_check !== "ok") throw new RestoreRefusedError(`${backup} is damaged (${check?.quick_check ?? "no answer"}); nothing was changed.`);
      await db.$queryRawUnsafe(`SELECT COUNT(*) FROM "_prisma_migrations"`).catch(() => {
        throw new RestoreRefusedError(`${backup} is not a backup of this bot's database (it has no migration history); nothing was changed.`);
      });
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  const replaced = existsSync(target) ? `${target}.replaced-${now.toISOString().replaceAll(":", "-")}` : null;
  if (replaced !== null) renameSync(target, replaced);
  renameSync(incoming, target);
  return { restored: target, replaced };
}
