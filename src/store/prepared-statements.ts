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
