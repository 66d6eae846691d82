import { Prisma } from "../generated/sqlite/client.js";

const MARK = "/* prepared */ ";

/**
 * Starts a raw statement that PostgreSQL should keep parsed and planned on each connection (a
 * named prepared statement): a big read such as status's spends longer in parse and plan than in
 * its index lookups. Only for statements whose result columns do not depend on the schema (a
 * cached plan whose result type changes fails until the connection closes); SQLite ignores it.
 */
export const PREPARED = Prisma.raw(MARK);

// A bound on the names handed out, in case a marked statement's text varies with its input.
const MOST_NAMES = 100;

/** A value to fill in, named where `defineStatement` builds the statement. */
class Parameter {
  constructor(readonly name: string) {}
}

/**
 * A prepared statement built once from code, with named parameters: a call only fills in the
 * values (composing a big statement's Prisma.sql pieces on every call allocated more than reading it).
 */
export function defineStatement<Name extends string>(build: (parameter: (name: Name) => Prisma.Sql) => Prisma.Sql): (values: Readonly<Record<Name, unknown>>) => Prisma.Sql {
  const template = Prisma.sql`${PREPARED}${build((name) => Prisma.sql`${new Parameter(name)}`)}`;
  const names = template.values.map((value) => {
    if (!(value instanceof Parameter)) throw new Error("a defined statement takes its values as named parameters");
    return value.name as Name;
  });
  return (values) => new Prisma.Sql(template.strings, names.map((name) => values[name]));
}

/** The adapter's statementNameGenerator: a name for each marked statement's text, "" (unnamed) for the rest. */
export function createStatementNamer(): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    if (!sql.startsWith(MARK)) return "";
    let name = names.get(sql);
    if (name === undefined) {
      if (names.size >= MOST_NAMES) return "";
      name = `prepared_${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
}
