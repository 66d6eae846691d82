import { Prisma } from "../generated/sqlite/client.js";
import type { DatabaseFlavor } from "./create-database.js";

/**
 * JSON built by the database, so one statement can return a whole nested read (status's rounds
 * with their check-ins, metrics with their readings) as text the caller parses once: SQLite's
 * json_object / json_group_array, PostgreSQL's json_build_object / json_agg.
 */
export interface JsonSql {
  /** An object with these keys (constants, not input). */
  object(fields: Readonly<Record<string, Prisma.Sql>>): Prisma.Sql;
  array(values: readonly Prisma.Sql[]): Prisma.Sql;
  /** An aggregate of `value` over the query's rows, in `orderBy` order; [] when there are none. */
  aggregate(value: Prisma.Sql, orderBy: Prisma.Sql): Prisma.Sql;
  /** A DateTime column as a value `new Date()` reads as the same instant (text with its offset, or milliseconds). */
  instant(column: Prisma.Sql): Prisma.Sql;
  /** A JSON value as text, for the outermost column. */
  text(json: Prisma.Sql): Prisma.Sql;
}

function keyed(fields: Readonly<Record<string, Prisma.Sql>>): Prisma.Sql {
  return Prisma.join(Object.entries(fields).map(([key, value]) => Prisma.sql`${Prisma.raw(`'${key.replace(/[^\w]/g, "")}'`)}, ${value}`));
}

const SQLITE: JsonSql = {
  object: (fields) => Prisma.sql`json_object(${keyed(fields)})`,
  array: (values) => Prisma.sql`json_array(${Prisma.join(values)})`,
  aggregate: (value, orderBy) => Prisma.sql`json_group_array(${value} ORDER BY ${orderBy})`,
  // Stored as ISO text with its offset.
  instant: (column) => column,
  text: (json) => json,
};

const POSTGRES: JsonSql = {
  object: (fields) => Prisma.sql`json_build_object(${keyed(fields)})`,
  array: (values) => Prisma.sql`json_build_array(${Prisma.join(values)})`,
  aggregate: (value, orderBy) => Prisma.sql`COALESCE(json_agg(${value} ORDER BY ${orderBy}), '[]'::json)`,
  // timestamp(3) holds UTC without a zone; milliseconds since 1970 are cheaper to write and to read than text.
  instant: (column) => Prisma.sql`(EXTRACT(EPOCH FROM ${column}) * 1000)::float8`,
  text: (json) => Prisma.sql`(${json})::text`,
};

export function jsonSql(flavor: DatabaseFlavor): JsonSql {
  return flavor === "sqlite" ? SQLITE : POSTGRES;
}
