import type { Database } from "./create-database.js";
import { createStore, type Store } from "./create-store.js";

/** The same repositories over the same connection, each query of which first awaits `gate`. */
export function gateQueries(store: Store, gate: () => Promise<void>): Store {
  const db = store.db.$extends({
    query: {
      async $allOperations({ args, query }) {
        await gate();
        return query(args);
      },
    },
  }) as unknown as Database;
  return createStore(db, store.flavor);
}
