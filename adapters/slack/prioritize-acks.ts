import { Bot } from "../../src/bot.js";
import type { Database } from "../../src/store/create-database.js";
import { createStore } from "../../src/store/create-store.js";
import type { AfterAckWork } from "./after-ack-work.js";

/**
 * The bot as the Slack adapter runs it: the same core over the same database connection, whose
 * queries first let requests waiting for their ack go ahead (AfterAckWork.pauseForAcks), so a
 * status being built never holds up another person's ack.
 */
export function prioritizeAcks(bot: Bot, work: AfterAckWork): Bot {
  const db = bot.dependencies.store.db.$extends({
    query: {
      async $allOperations({ args, query }) {
        await work.pauseForAcks();
        return query(args);
      },
    },
  }) as unknown as Database;
  return new Bot({ ...bot.dependencies, store: createStore(db, bot.dependencies.store.flavor) });
}
