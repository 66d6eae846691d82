import { wrapAdapterConnections } from "./wrap-adapter-connections.js";

/**
 * Prisma's better-sqlite3 adapter prepares every statement anew (`client.prepare(sql).bind(args)`),
 * which was a fifth of a `status`'s database time (bench:discord-ack's profile). This keeps the
 * compiled statements by their SQL, most recently used last, and gives the adapter what it uses of
 * a bound statement, bound per call: a better-sqlite3 statement can be bound only once, but run with
 * new parameters any number of times. SQLite recompiles a kept statement itself after a schema change.
 */
const CACHED_STATEMENTS = 256;

interface Statement {
  readonly reader: boolean;
  columns(): unknown[];
  raw(toggle?: boolean): Statement;
  all(...args: unknown[]): unknown[];
  run(...args: unknown[]): unknown;
}

interface SqliteClient {
  prepare(sql: string): Statement;
}

/** What the adapter calls on `prepare(sql).bind(args)` (and `prepare("BEGIN").run()`). */
function bound(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
    run: () => statement.run(args),
  };
}

function cachePrepare(client: SqliteClient): void {
  const prepare = client.prepare.bind(client);
  const statements = new Map<string, Statement>();
  client.prepare = ((sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (statements.size >= CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
    } else statements.delete(sql);
    statements.set(sql, statement);
    return { bind: (args: unknown[]) => bound(statement, args), run: () => statement.run() };
  }) as unknown as SqliteClient["prepare"];
}

/** The adapter factory whose connections keep their prepared statements (shadow databases too). */
export function cacheSqliteStatements<T extends object>(factory: T): T {
  return wrapAdapterConnections(factory, (connection) => {
    const { client } = connection as { client?: SqliteClient };
    if (client !== undefined) cachePrepare(client);
    return connection;
  });
}
