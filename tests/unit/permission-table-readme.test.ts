import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PERMISSION_TABLE, ROLES, ROLE_HEADINGS } from "../permissions/permission-table.js";

/** The rows of the README's "Who may change what" table, cell by cell, without markup. */
function readReadmeTable(): string[][] {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const section = readme.split(/^## Who may change what$/m)[1]?.split(/^## /m)[0];
  if (section === undefined) throw new Error('README.md has no section "## Who may change what"');
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*---/.test(line))
    .map((line) => line.split("|").slice(1, -1).map((cell) => cell.trim().replaceAll("`", "")));
}

describe("the README's permission table", () => {
  it("is the permission matrix's table, heading by heading and cell by cell", () => {
    const expected = [["request", ...ROLES.map((role) => ROLE_HEADINGS[role])], ...PERMISSION_TABLE.map((row) => [row.request, ...ROLES.map((role) => row.cells[role])])];
    expect(readReadmeTable()).toEqual(expected);
  });
});
