import { firstOccurrenceAfter } from "../../domain/schedule-occurrences.js";
import type { CommandContext } from "../command-context.js";

/**
 * Where the cursor goes when a partnership becomes (or stays) active: the first occurrence after
 * now under its schedule (in `timezone` when that changes too). Missed weeks are not caught up.
 */
export async function nextRoundWhenActive(context: CommandContext, partnershipId: number, timezone?: string): Promise<Date> {
  const schedule = await context.store.schedules.get(partnershipId);
  return firstOccurrenceAfter(timezone === undefined ? schedule : { ...schedule, timezone }, context.clock.now()).at;
}
