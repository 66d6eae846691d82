/** Seconds one query took; called after it settles, whether it succeeded or not. */
export type ObserveQuery = (seconds: number) => void;

const TIMED = new Set<string | symbol>(["queryRaw", "executeRaw", "executeScript"]);
// What hands out a connection or a transaction, whose queries are timed in turn.
const OPENS = new Set<string | symbol>(["connect", "connectToShadowDb", "startTransaction"]);

/**
 * The Prisma driver adapter (factory) with every statement timed: Prisma 7 sends each query, inside
 * transactions too, through the adapter's queryRaw or executeRaw, so this sees all database time at
 * the cost of two performance.now() calls a statement.
 */
export function timeDatabaseQueries<T extends object>(adapter: T, observe: ObserveQuery): T {
  return new Proxy(adapter, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (TIMED.has(property)) {
        return async (...args: unknown[]) => {
          const startedAt = performance.now();
          try {
            return await value.apply(target, args);
          } finally {
            observe((performance.now() - startedAt) / 1000);
          }
        };
      }
      if (OPENS.has(property)) return async (...args: unknown[]) => timeDatabaseQueries((await value.apply(target, args)) as object, observe);
      return value.bind(target);
    },
  });
}
