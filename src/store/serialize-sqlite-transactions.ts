import { wrapAdapterConnections } from "./wrap-adapter-connections.js";

/**
 * Prisma's better-sqlite3 adapter has one connection. Its interactive transactions take a mutex
 * among themselves, but a statement from outside any transaction runs on that connection at once,
 * so while a transaction is open (between its awaits) the statement joins it: a check-in saved by
 * one request was rolled back with another request's failed transaction, and a reader saw rows not
 * yet committed. This makes a statement from outside wait until no transaction is open, as
 * PostgreSQL's pool gives it a connection of its own.
 */
interface Transaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

interface SqliteAdapter {
  startTransaction(...args: unknown[]): Promise<Transaction>;
}

// What runs a statement on the adapter itself (its transactions run theirs on the transaction).
const STATEMENTS = new Set<string | symbol>(["queryRaw", "executeRaw", "executeScript"]);

function serialize<T extends object>(adapter: T): T {
  // The open transaction's end; the adapter's mutex allows one at a time.
  let open: Promise<void> | null = null;
  return new Proxy(adapter, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (STATEMENTS.has(property)) {
        return async (...args: unknown[]) => {
          while (open !== null) await open;
          return value.apply(target, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) => {
          const transaction = await (value as SqliteAdapter["startTransaction"]).apply(target, args);
          let end!: () => void;
          const ended = new Promise<void>((resolve) => (end = resolve));
          open = ended;
          const finish = (step: () => Promise<void>) => async () => {
            try {
              await step();
            } finally {
              if (open === ended) open = null;
              end();
            }
          };
          transaction.commit = finish(transaction.commit.bind(transaction));
          transaction.rollback = finish(transaction.rollback.bind(transaction));
          return transaction;
        };
      }
      return value.bind(target);
    },
  });
}

/**
 * The adapter opens its transactions with a plain BEGIN, which reads first and asks for the write
 * lock at the first write: if another process committed in between, SQLite fails that write at once
 * with SQLITE_BUSY_SNAPSHOT instead of waiting (two schedulers ticking on one file). The bot's
 * transactions all write, and a process runs one at a time, so each takes the lock up front and
 * waits its turn under busy_timeout; in WAL mode readers are not held up.
 */
function beginWriting(connection: object): void {
  const { client } = connection as { client?: { prepare(sql: string): unknown } };
  if (client === undefined) return;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/** The adapter factory whose connections keep outside statements out of open transactions, which take the write lock as they begin. */
export function serializeSqliteTransactions<T extends object>(factory: T): T {
  return wrapAdapterConnections(factory, (connection) => {
    beginWriting(connection);
    return serialize(connection);
  });
}
