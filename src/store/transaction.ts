import type { Database } from "./create-database.js";

/** A Prisma interactive-transaction client: repositories accept it to join the caller's transaction. */
export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Either the database or an open transaction. */
export type Queryable = Database | Transaction;
