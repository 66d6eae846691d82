import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

const FORBIDDEN = /from\s+["'](@slack\/[^"']*|discord\.js|[^"']*\/adapters\/[^"']*)["']|import\(\s*["'](@slack\/|discord\.js|[^"']*\/adapters\/)/;

describe("the core knows no chat platform", () => {
  it("finds no import of @slack/*, discord.js or adapters/ in src/ outside main.ts", () => {
    const offenders = sourceFiles(path.join(root, "src"))
      .filter((file) => path.relative(root, file) !== path.join("src", "main.ts"))
      .filter((file) => FORBIDDEN.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it("recognises a forbidden import when one is there", () => {
    expect(FORBIDDEN.test(`import { App } from "@slack/bolt";`)).toBe(true);
    expect(FORBIDDEN.test(`import { Client } from 'discord.js';`)).toBe(true);
    expect(FORBIDDEN.test(`import { runConsole } from "../../adapters/console/run-console.js";`)).toBe(true);
    expect(FORBIDDEN.test(`import { z } from "zod";`)).toBe(false);
  });
});
