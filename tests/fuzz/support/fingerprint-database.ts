import { createHash } from "node:crypto";
import type { Database } from "../../../src/store/create-database.js";
import type { DatabaseKind } from "../../support/test-database.js";

/** What every table holds, summed up: equal fingerprints mean no row was added, removed or changed. */
export interface DatabaseFingerprint {
  /** Per table: row count and a hash of every row's every column. */
  tables: Record<string, { rows: number; hash: string }>;
  /** Every row's text columns, joined (with U+2063), for checks on what the bot accepted. */
  texts: string[];
  /** Stored numbers that are not finite (Infinity, NaN): "Table.column=value". */
  nonFiniteNumbers: string[];
}

interface Column {
  table: string;
  name: string;
  type: string;
}

async function readColumns(db: Database, kind: DatabaseKind): Promise<Column[]> {
  if (kind === "sqlite") {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' ORDER BY name`);
    const columns: Column[] = [];
    for (const { name: table } of tables) {
      for (const column of await db.$queryRawUnsafe<{ name: string; type: string }[]>(`PRAGMA table_info("${table}")`)) columns.push({ table, name: column.name, type: column.type.toUpperCase() });
    }
    return columns;
  }
  const rows = await db.$queryRawUnsafe<{ table: string; name: string; type: string }[]>(
    `SELECT table_name AS "table", column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_prisma\\_%' ORDER BY table_name, ordinal_position`,
  );
  return rows.map((row) => ({ ...row, type: row.type.toUpperCase() }));
}

const isNumeric = (type: string) => /REAL|DOUBLE|FLOAT|NUMERIC|DECIMAL/.test(type);
const isText = (type: string) => /TEXT|CHAR/.test(type);

/**
 * Reads the whole database in one query (the seeded demo is a few hundred rows, so this costs about
 * a millisecond): one string per table with every row, in a stable order, and the non-finite numbers.
 */
export async function createFingerprinter(db: Database, kind: DatabaseKind): Promise<() => Promise<DatabaseFingerprint>> {
  const columns = await readColumns(db, kind);
  const tables = [...new Set(columns.map((column) => column.table))];
  const quoteName = (name: string) => `"${name}"`;
  const selects = tables.map((table, index) => {
    const own = columns.filter((column) => column.table === table);
    if (kind === "sqlite") {
      const row = own.map((column) => `quote(${quoteName(column.name)})`).join(` || '|' || `);
      return `(SELECT count(*) || char(30) || coalesce(group_concat(r, char(31)), '') FROM (SELECT ${row} AS r FROM ${quoteName(table)} ORDER BY rowid)) AS t${index}`;
    }
    return `(SELECT count(*) || chr(30) || coalesce(string_agg(r, chr(31) ORDER BY r), '') FROM (SELECT t::text AS r FROM ${quoteName(table)} t) rows) AS t${index}`;
  });
  const numeric = columns.filter((column) => isNumeric(column.type));
  const nonFinite = numeric.map((column) =>
    kind === "sqlite"
      ? `SELECT '${column.table}.${column.name}=' || ${quoteName(column.name)} AS v FROM ${quoteName(column.table)} WHERE ${quoteName(column.name)} IN (9e999, -9e999) OR (${quoteName(column.name)} IS NOT NULL AND ${quoteName(column.name)} <> ${quoteName(column.name)})`
      : `SELECT '${column.table}.${column.name}=' || ${quoteName(column.name)}::text AS v FROM ${quoteName(column.table)} WHERE ${quoteName(column.name)}::text IN ('Infinity', '-Infinity', 'NaN')`,
  );
  const textColumns = new Set(columns.filter((column) => isText(column.type)).map((column) => `${column.table}.${column.name}`));
  const textQuery = tables
    .map((table) => columns.filter((column) => column.table === table && textColumns.has(`${table}.${column.name}`)))
    .filter((own) => own.length > 0)
    .map((own) => `SELECT ${own.map((column) => `coalesce(${quoteName(column.name)}, '')`).join(` || ${kind === "sqlite" ? "char(8291)" : "chr(8291)"} || `)} AS v FROM ${quoteName(own[0]!.table)}`);
  return async () => {
    const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${selects.join(", ")}`);
    const fingerprint: DatabaseFingerprint["tables"] = {};
    tables.forEach((table, index) => {
      const value = String(row![`t${index}`]);
      const separator = value.indexOf("\u001e");
      fingerprint[table] = { rows: Number(value.slice(0, separator)), hash: createHash("sha1").update(value.slice(separator + 1)).digest("hex") };
    });
    const bad = numeric.length === 0 ? [] : await db.$queryRawUnsafe<{ v: string }[]>(nonFinite.join(" UNION ALL "));
    const texts = (await db.$queryRawUnsafe<{ v: string }[]>(textQuery.join(" UNION ALL "))).map((each) => each.v);
    return { tables: fingerprint, texts, nonFiniteNumbers: bad.map((each) => each.v) };
  };
}

/** The tables whose rows differ, with their counts before and after: empty when nothing changed. */
export function changedTables(before: DatabaseFingerprint, after: DatabaseFingerprint): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names].filter((name) => before.tables[name]?.hash !== after.tables[name]?.hash || before.tables[name]?.rows !== after.tables[name]?.rows).map((name) => `${name} (${before.tables[name]?.rows ?? 0} -> ${after.tables[name]?.rows ?? 0} rows)`);
}

// C0 controls other than tab and newline: what issue 10 says no free-text input may store.
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;

/** Stored texts holding a C0 control character other than tab and newline, escaped for reading. */
export function textsWithControls(fingerprint: DatabaseFingerprint): string[] {
  return fingerprint.texts.filter((text) => CONTROL.test(text)).map((text) => JSON.stringify(text).slice(0, 200));
}
