import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTestDatabase, DATABASE_KINDS } from "../support/test-database.js";

const root = path.resolve(import.meta.dirname, "../..");
const prismaCli = createRequire(path.join(root, "package.json")).resolve("prisma/build/index.js");
const run = promisify(execFile);

// A database built only by the committed migrations must be exactly what models.prisma describes:
// otherwise a start on a fresh database (or an upgrade) would run with columns the client expects
// and the migrations never made. Branches that each add a migration can drift apart this way.
describe.each(DATABASE_KINDS)("the %s migrations", (kind) => {
  it("build the schema in prisma/models.prisma, with nothing left to migrate", async () => {
    const database = await createTestDatabase(kind, "empty");
    await database.close();
    const schema = `prisma/${kind}`;
    const diff = await run(process.execPath, [prismaCli, "migrate", "diff", "--from-config-datasource", "--to-schema", schema, "--script", "--exit-code"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url },
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code?: number; stdout?: string }) => ({ code: error.code ?? 1, stdout: error.stdout ?? "" }),
    );
    expect(diff.stdout).toContain("empty migration");
    expect(diff.code).toBe(0);
  });
});
