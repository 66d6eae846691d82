import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

// The web adapter reaches the core through src/ports/web-access.ts, never the store or Prisma.
const FORBIDDEN = /(?:from\s+|import\(\s*)["']([^"']*\/src\/(?:store|generated)\/[^"']*|@prisma\/[^"']*|[^"']*\/adapters\/(?:slack|discord|console)\/[^"']*|\.\.\/(?:slack|discord|console)\/[^"']*)["']/;

describe("the web adapter's boundary", () => {
  it("imports neither the store, Prisma nor another adapter", () => {
    const offenders = sourceFiles(path.join(root, "adapters/web"))
      .filter((file) => FORBIDDEN.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });

  it("recognises a forbidden import when one is there", () => {
    expect(FORBIDDEN.test(`import type { Store } from "../../src/store/create-store.js";`)).toBe(true);
    expect(FORBIDDEN.test(`import { PrismaClient } from "@prisma/client";`)).toBe(true);
    expect(FORBIDDEN.test(`import { renderMessage } from "../slack/render/render-message.js";`)).toBe(true);
    expect(FORBIDDEN.test(`import type { WebAccess } from "../../src/ports/web-access.js";`)).toBe(false);
  });
});
