import type { Logger } from "./logging/create-logger.js";

export interface ShutdownParts {
  /** Run in order: the scheduler first (its sends need the platforms), then the adapters. */
  stops: readonly (() => Promise<void>)[];
  closeDatabase: () => Promise<void>;
  logger: Logger;
  /** How long the stops may take together before the database is closed anyway. */
  boundMs?: number;
}

/**
 * Stops the parts of a running bot within a bound, then closes the database. Resolves true when
 * everything stopped in time; false when the bound ran out (messages still being sent then stay
 * claimed until their lease ends, so none is sent twice).
 */
export async function shutDownGracefully(parts: ShutdownParts): Promise<boolean> {
  const { logger, boundMs = 10_000 } = parts;
  let timer: NodeJS.Timeout | undefined;
  const stopAll = (async () => {
    for (const stop of parts.stops) await stop().catch((error: unknown) => logger.error({ err: error }, "stopping failed"));
    return true;
  })();
  const bound = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), boundMs)));
  const finished = await Promise.race([stopAll, bound]);
  clearTimeout(timer);
  if (!finished) logger.warn({ boundMs }, "shutdown bound reached; messages still being sent stay claimed until their lease ends");
  await parts.closeDatabase().catch((error: unknown) => logger.error({ err: error }, "closing the database failed"));
  return finished;
}
