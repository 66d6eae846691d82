#!/usr/bin/env node
// `npm start` runs this first: it compiles TypeScript (incrementally) only when a source file, a
// tsconfig or package.json is newer than the last build, so a start with nothing changed skips tsc.
// A built copy (the production install: dist/ without tsconfig.build.json) has nothing to build.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const stamp = path.join(root, "dist", ".built-at");
const SOURCE_FOLDERS = ["src", "adapters", "scripts"];
const SOURCE_FILES = ["tsconfig.json", "tsconfig.build.json", "package.json", "package-lock.json"];

function newestIn(folder) {
  let newest = 0;
  if (!existsSync(folder)) return newest;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|mts|json)$/.test(entry.name)) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(path.join(root, "tsconfig.build.json"))) process.exit(0);
const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const newestSource = Math.max(
  ...SOURCE_FOLDERS.map((folder) => newestIn(path.join(root, folder))),
  ...SOURCE_FILES.map((file) => (existsSync(path.join(root, file)) ? statSync(path.join(root, file)).mtimeMs : 0)),
);
if (builtAt > newestSource) process.exit(0);

const startedAt = Date.now();
const tsc = createRequire(path.join(root, "package.json")).resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
} catch {
  process.exit(1);
}
// The stamp's time is when this build started, so a file saved during the build counts as newer.
writeFileSync(stamp, "");
utimesSync(stamp, startedAt / 1000, startedAt / 1000);
