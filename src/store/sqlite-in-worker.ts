import { Worker } from "node:worker_threads";
import type { IsolationLevel, SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, SqlResultSet, Transaction, TransactionOptions } from "@prisma/driver-adapter-utils";

/**
 * Prisma's better-sqlite3 adapter, run in a worker thread (sqlite-worker.mjs). The adapter runs
 * each statement synchronously on the thread that calls it, commits and their fsync included: in a
 * fan-out that was a fifth of the bot's thread, which also sends every message. Here a statement
 * costs the bot's thread a message each way, and the database work runs on another core. The worker
 * holds the one connection, the adapter's transaction mutex and its statement cache; this side
 * gives Prisma the adapter's interface.
 */

// The adapter's own name: Prisma reads it to know which driver it speaks to.
const ADAPTER_NAME = "@prisma/adapter-better-sqlite3";

// The thread's short-lived objects are statements' arguments and results: a small young generation
// (V8 gives a thread up to 32 MB) keeps its memory down; old objects are collected on growth there.
const YOUNG_GENERATION_MB = 4;

type Method = "connect" | "queryRaw" | "executeRaw" | "executeScript" | "startTransaction" | "commit" | "rollback" | "dispose";

interface Reply {
  id: number;
  result?: unknown;
  error?: { name: string; message: string; cause?: unknown };
}

/** The error the worker caught, as Prisma would have seen it there (a DriverAdapterError is known by its name and cause). */
function rebuildError(error: NonNullable<Reply["error"]>): Error {
  const rebuilt = new Error(error.message, error.cause === undefined ? undefined : { cause: error.cause });
  rebuilt.name = error.name;
  return rebuilt;
}

/** Calls into the worker; it keeps the process alive only while a call is waiting for its answer. */
class WorkerCalls {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private lastId = 0;
  private stopped: Error | null = null;

  constructor(config: { url: string; timeout: number }) {
    this.worker = new Worker(new URL("./sqlite-worker.mjs", import.meta.url), { workerData: { config }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.unref();
    this.worker.on("message", (reply: Reply) => {
      const call = this.waiting.get(reply.id);
      if (call === undefined) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) this.worker.unref();
      if (reply.error === undefined) call.resolve(reply.result);
      else call.reject(rebuildError(reply.error));
    });
    this.worker.on("error", (error) => this.stop(error));
    this.worker.on("exit", (code) => this.stop(new Error(`The SQLite worker thread stopped (exit code ${code}).`)));
  }

  call<T>(method: Method, args: Record<string, unknown>): Promise<T> {
    if (this.stopped !== null) return Promise.reject(this.stopped);
    const id = ++this.lastId;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args });
    });
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    for (const call of this.waiting.values()) call.reject(error);
    this.waiting.clear();
  }
}

class WorkerQueryable {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;

  constructor(
    protected readonly calls: WorkerCalls,
    protected readonly id: number,
  ) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.calls.call("queryRaw", { on: this.id, query });
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.calls.call("executeRaw", { on: this.id, query });
  }
}

class WorkerTransaction extends WorkerQueryable implements Transaction {
  constructor(
    calls: WorkerCalls,
    id: number,
    readonly options: TransactionOptions,
  ) {
    super(calls, id);
  }

  commit(): Promise<void> {
    return this.calls.call("commit", { on: this.id });
  }

  rollback(): Promise<void> {
    return this.calls.call("rollback", { on: this.id });
  }

  async createSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] });
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] });
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] });
  }
}

class WorkerConnection extends WorkerQueryable implements SqlDriverAdapter {
  constructor(
    calls: WorkerCalls,
    id: number,
    private readonly disposed: () => Promise<void>,
  ) {
    super(calls, id);
  }

  executeScript(script: string): Promise<void> {
    return this.calls.call("executeScript", { on: this.id, script });
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const { id, options } = await this.calls.call<{ id: number; options: TransactionOptions }>("startTransaction", { on: this.id, isolationLevel });
    return new WorkerTransaction(this.calls, id, options);
  }

  async dispose(): Promise<void> {
    try {
      await this.calls.call("dispose", { on: this.id });
    } finally {
      await this.disposed();
    }
  }
}

/** The factory Prisma is given: `config` as PrismaBetterSqlite3 takes it (url, busy timeout). */
export class SqliteInWorker implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  private calls: WorkerCalls | undefined;
  private connections = 0;

  constructor(private readonly config: { url: string; timeout: number }) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.open(false);
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.open(true);
  }

  /** One thread for the factory's connections; it ends with the last of them. */
  private async open(shadow: boolean): Promise<SqlDriverAdapter> {
    const calls = (this.calls ??= new WorkerCalls(this.config));
    this.connections++;
    try {
      return new WorkerConnection(calls, await calls.call<number>("connect", { shadow }), () => this.closed(calls));
    } catch (error) {
      await this.closed(calls);
      throw error;
    }
  }

  private async closed(calls: WorkerCalls): Promise<void> {
    if (--this.connections > 0) return;
    if (this.calls === calls) this.calls = undefined;
    await calls.terminate();
  }
}
