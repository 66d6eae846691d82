// The thread that owns the SQLite connection (sqlite-in-worker.ts is the other side). Prisma's
// better-sqlite3 adapter runs each statement synchronously, commits and their fsync included, on
// the thread that calls it; here that is this worker, so the bot's own thread goes on with chat
// traffic meanwhile. Plain JavaScript: a worker thread loads its file with Node's own loader, which
// runs no TypeScript, under the test runner either.
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort, workerData } from "node:worker_threads";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

// The adapter opens its transactions with a plain BEGIN, which reads first and asks for the write
// lock at the first write: if another process committed in between, SQLite fails it at once with
// SQLITE_BUSY_SNAPSHOT instead of waiting (two schedulers ticking on one file). The bot's
// transactions all write, and this process runs one at a time, so each takes the lock up front and
// waits its turn under busy_timeout; readers in WAL mode are not held up.
const BEGIN_WRITING = "BEGIN IMMEDIATE";

// Compiled statements kept per connection, by their SQL, most recently used last.
const CACHED_STATEMENTS = 256;

/**
 * The adapter prepares every statement anew (`client.prepare(sql).bind(args)`), which was a fifth of
 * a `status`'s database time. This keeps the compiled statements and gives the adapter what it uses
 * of a bound statement, bound per call: a better-sqlite3 statement can be bound only once, but run
 * with new parameters any number of times. SQLite recompiles a kept statement after a schema change.
 */
function cacheStatements(client) {
  const prepare = client.prepare.bind(client);
  const statements = new Map();
  client.prepare = (text) => {
    const sql = text === "BEGIN" ? BEGIN_WRITING : text;
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (statements.size >= CACHED_STATEMENTS) statements.delete(statements.keys().next().value);
    } else statements.delete(sql);
    statements.set(sql, statement);
    return {
      bind: (args) => ({
        reader: statement.reader,
        columns: () => statement.columns(),
        raw: () => ({ all: () => statement.raw(true).all(args) }),
        run: () => statement.run(args),
      }),
      run: () => statement.run(),
    };
  };
}

const factory = new PrismaBetterSqlite3(workerData.config);
/** Connections and open transactions by the ids the other side knows them by. */
const handles = new Map();
let lastId = 0;

function remember(handle) {
  handles.set(++lastId, handle);
  return lastId;
}

function handle(id) {
  const found = handles.get(id);
  if (found === undefined) throw new Error(`no SQLite connection or transaction ${id} in the worker`);
  return found;
}

const methods = {
  async connect({ shadow }) {
    const connection = await (shadow ? factory.connectToShadowDb() : factory.connect());
    cacheStatements(connection.client);
    return remember(connection);
  },
  queryRaw: ({ on, query }) => handle(on).queryRaw(query),
  executeRaw: ({ on, query }) => handle(on).executeRaw(query),
  executeScript: ({ on, script }) => handle(on).executeScript(script),
  async startTransaction({ on, isolationLevel }) {
    const transaction = await handle(on).startTransaction(isolationLevel);
    return { id: remember(transaction), options: transaction.options };
  },
  async commit({ on }) {
    const transaction = handle(on);
    handles.delete(on);
    await transaction.commit();
  },
  async rollback({ on }) {
    const transaction = handle(on);
    handles.delete(on);
    await transaction.rollback();
  },
  async dispose({ on }) {
    const connection = handle(on);
    handles.delete(on);
    await connection.dispose();
  },
};

/** An error as it crosses threads: a DriverAdapterError's name and cause are what Prisma reads. */
function describeError(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  return { name: error.name, message: error.message, cause: cloneable(error.cause) };
}

function cloneable(value) {
  if (value === null || typeof value !== "object") return undefined;
  try {
    return structuredClone(value);
  } catch {
    return undefined;
  }
}

// Each statement's arguments and result are garbage once posted back (a fan-out's inserts take half
// a megabyte each), but V8 lets this thread's heap grow to several times what is live before it
// collects: 66 MB of heap in bench:fanout. A full collection after each 8 MB of growth keeps it under
// 25 MB, for a few milliseconds of this thread's time each.
const GROWTH = 8 * 1024 * 1024;
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc");
let ceiling = getHeapStatistics().used_heap_size + GROWTH;

function collectOnGrowth() {
  if (getHeapStatistics().used_heap_size < ceiling) return;
  collectGarbage();
  ceiling = getHeapStatistics().used_heap_size + GROWTH;
}

parentPort.on("message", async ({ id, method, args }) => {
  try {
    parentPort.postMessage({ id, result: await methods[method](args) });
  } catch (error) {
    parentPort.postMessage({ id, error: describeError(error) });
  }
  collectOnGrowth();
});
