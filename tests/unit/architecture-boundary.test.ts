import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (name === "generated") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") || name.endsWith(".tsx") ? [full] : [];
  });
}

/** Every module a file imports (static, dynamic and `export ... from`), as written. */
function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
  return [...new Set(specifiers)];
}

/** Where an import lands, relative to the repository root; packages stay as named. */
function resolveFrom(file: string, specifier: string): string {
  return specifier.startsWith(".") ? path.relative(root, path.resolve(path.dirname(file), specifier)) : specifier;
}

const PLATFORM = /^(@slack\/|discord\.js$|discord\.js\/)/;
const ADAPTERS = ["console", "discord", "slack", "web"];

/** What an adapter may reach in the core: the port, the neutral ui model, the logger's type. */
function breaksAdapterBoundary(adapter: string, target: string): string | null {
  if (/^(@prisma\/|prisma$|\.prisma)/.test(target) || target.includes("generated/")) return "Prisma";
  if (target.startsWith("src/") && !/^src\/(ports|ui|logging)\//.test(target)) return "the core beyond its port";
  const other = /^adapters\/([^/]+)\//.exec(target)?.[1];
  if (other !== undefined && other !== adapter) return `another adapter (${other})`;
  return null;
}

function adapterOffenders(files: { file: string; source: string }[]): string[] {
  return files.flatMap(({ file, source }) => {
    const adapter = /^adapters\/([^/]+)\//.exec(path.relative(root, file))?.[1] ?? "";
    return importsOf(source)
      .map((specifier) => ({ specifier, problem: breaksAdapterBoundary(adapter, resolveFrom(file, specifier)) }))
      .filter(({ problem }) => problem !== null)
      .map(({ specifier, problem }) => `${path.relative(root, file)} imports ${specifier} (${problem})`);
  });
}

// The composition roots: the bot, and one Discord shard of the sharded bot.
const COMPOSITION_ROOTS = [path.join("src", "main.ts")];

describe("the core knows no chat platform", () => {
  it("finds no import of @slack/*, discord.js or adapters/ in src/ outside its composition roots", () => {
    const offenders = sourceFiles(path.join(root, "src"))
      .filter((file) => !COMPOSITION_ROOTS.includes(path.relative(root, file)))
      .flatMap((file) => importsOf(readFileSync(file, "utf8")).filter((specifier) => PLATFORM.test(specifier) || resolveFrom(file, specifier).startsWith("adapters/")).map((specifier) => `${path.relative(root, file)} imports ${specifier}`));
    expect(offenders).toEqual([]);
  });
});

describe("adapters stand on the core's one port and the neutral ui model", () => {
  it("finds no adapter importing the store, Prisma, the core's insides or another adapter", () => {
    const files = ADAPTERS.flatMap((adapter) => {
      const folder = path.join(root, "adapters", adapter);
      return statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? sourceFiles(folder) : [];
    });
    expect(files.length).toBeGreaterThan(20);
    expect(adapterOffenders(files.map((file) => ({ file, source: readFileSync(file, "utf8") })))).toEqual([]);
  });

  it("recognises each kind of forbidden import when one is there", () => {
    const file = path.join(root, "adapters", "slack", "listeners", "example.ts");
    const check = (source: string) => adapterOffenders([{ file, source }]);
    expect(check(`import { createStore } from "../../../src/store/create-store.js";`)).toHaveLength(1);
    expect(check(`import type { Database } from "../../../src/store/create-database.js";`)).toHaveLength(1);
    expect(check(`import { PrismaClient } from "@prisma/client";`)).toHaveLength(1);
    expect(check(`const { seedDemo } = await import("../../../src/demo/seed-demo.js");`)).toHaveLength(1);
    expect(check(`import { renderMessage } from "../../discord/render/render-message.js";`)).toHaveLength(1);
    expect(check(`import type { Core } from "../../../src/ports/core.js";`)).toEqual([]);
    expect(check(`import type { Message } from "../../../src/ui/reply.js";`)).toEqual([]);
    expect(check(`import { renderBlocks } from "../render/render-blocks.js";`)).toEqual([]);
  });

  it("recognises a platform import in the core", () => {
    expect(PLATFORM.test("@slack/bolt")).toBe(true);
    expect(PLATFORM.test("discord.js")).toBe(true);
    expect(PLATFORM.test("zod")).toBe(false);
  });
});
