import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { RoundPlan, RoundsRepository } from "../store/rounds-repository.js";
import { OccurrencePlanner, planRound } from "./plan-round.js";
import { firstOccurrenceAfter } from "../domain/schedule-occurrences.js";
import { noteBulkWork } from "./collect-bulk-garbage.js";

// Partnerships per transaction: each chunk costs a handful of statements (its reads bind one
// parameter per partnership; its writes one JSON parameter each).
export const ROUNDS_PER_CHUNK = 400;

/**
 * Opens every round that has come due: places the cursors of new schedules, then, a chunk of
 * partnerships at a time, plans each due round and opens them in one transaction. The next chunk
 * is read and planned while the last one's transaction writes (on PostgreSQL the two overlap; on
 * SQLite the read waits for the write). Safe to run in several processes at once; returns how many
 * rounds this call opened. `onOpened` is called after each chunk's transaction has committed.
 */
export async function openDueRounds(rounds: RoundsRepository, clock: Clock, logger: Logger, onOpened: () => void = () => undefined): Promise<number> {
  const now = clock.now();
  for (;;) {
    const unplaced = await rounds.findUnplaced(ROUNDS_PER_CHUNK);
    if (unplaced.length === 0) break;
    const placed = unplaced.flatMap((schedule) => {
      try {
        return [{ scheduleId: schedule.scheduleId, nextRoundAt: firstOccurrenceAfter(schedule, now).at }];
      } catch (error) {
        logger.error({ err: error, partnershipId: schedule.partnershipId }, "cannot place this schedule; fix it with /partner schedule set");
        return [];
      }
    });
    await rounds.place(placed);
    if (placed.length < unplaced.length || unplaced.length < ROUNDS_PER_CHUNK) break;
  }
  let opened = 0;
  let afterId = 0;
  const occurrences = new OccurrencePlanner(now);
  // The last chunk's transaction, still writing while the next chunk is read.
  let writing: Promise<void> = Promise.resolve();
  for (;;) {
    const due = await rounds.findDue(now, afterId, ROUNDS_PER_CHUNK);
    if (due.length === 0) break;
    afterId = due.at(-1)!.scheduleId;
    const audiences = await rounds.loadAudiences(due.map((schedule) => schedule.partnershipId));
    const plans = due.flatMap((schedule): RoundPlan[] => {
      try {
        return [planRound(schedule, audiences.get(schedule.partnershipId), now, occurrences)];
      } catch (error) {
        logger.error({ err: error, partnershipId: schedule.partnershipId }, "cannot plan this schedule's round; fix it with /partner schedule set");
        return [];
      }
    });
    await writing;
    writing = rounds.open(now, plans).then((count) => {
      opened += count;
      onOpened();
    });
    // Seen by the await above or below; until then, a failed write must not count as unhandled.
    writing.catch(() => undefined);
    noteBulkWork();
  }
  await writing;
  if (opened >= ROUNDS_PER_CHUNK) await rounds.refreshOutboxStatistics();
  return opened;
}
