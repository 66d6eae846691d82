import type { RetentionRepository } from "../store/retention-repository.js";

/** How long rows are kept (RETAIN_* in the environment). */
export interface RetentionSettings {
  deliveredDays: number;
  processedDeliveriesHours: number;
}

export const DEFAULT_RETENTION: RetentionSettings = { deliveredDays: 90, processedDeliveriesHours: 24 };

const DAY_MS = 24 * 60 * 60_000;
const HOUR_MS = 60 * 60_000;

/** One step per table that only grows: old deliveries, expired codes, links, sessions and old handles. */
export function retentionSteps(retention: RetentionSettings): Record<string, (repository: RetentionRepository, now: Date) => Promise<number>> {
  return {
    deliveredPrompts: (repository, now) => repository.pruneDeliveredPrompts(new Date(now.getTime() - retention.deliveredDays * DAY_MS)),
    processedDeliveries: (repository, now) => repository.pruneProcessedDeliveries(new Date(now.getTime() - retention.processedDeliveriesHours * HOUR_MS)),
    expiredConnectCodes: (repository, now) => repository.pruneExpiredConnectCodes(now),
    expiredSignInLinks: (repository, now) => repository.pruneExpiredSignInLinks(now),
    expiredWebSessions: (repository, now) => repository.pruneExpiredWebSessions(now),
    expiredHandleAliases: (repository, now) => repository.pruneExpiredHandleAliases(now),
  };
}

/** Deletes what the retention settings no longer keep; returns how many rows went, per step. */
export async function pruneOldRows(repository: RetentionRepository, now: Date, retention: RetentionSettings): Promise<Record<string, number>> {
  const pruned: Record<string, number> = {};
  for (const [name, step] of Object.entries(retentionSteps(retention))) pruned[name] = await step(repository, now);
  return pruned;
}
