import type { Clock } from "../clock.js";
import type { RoundFollowUpsRepository } from "../store/round-follow-ups-repository.js";
import { buildReminder } from "./build-scheduled-messages.js";

const CHUNK = 200;

/** Queues the one reminder per round to liaisons who have not answered; returns how many were queued. */
export async function sendReminders(followUps: RoundFollowUpsRepository, clock: Clock): Promise<number> {
  const now = clock.now();
  let queued = 0;
  for (;;) {
    const roundIds = await followUps.findToRemind(now, CHUNK);
    if (roundIds.length === 0) return queued;
    queued += await followUps.remind(now, roundIds, (prompt) => ({
      dedupeKey: `reminder:${prompt.roundId}:${prompt.personId}:${prompt.platform}`,
      kind: "reminder",
      partnershipId: prompt.partnership.id,
      roundId: prompt.roundId,
      personId: prompt.personId,
      platform: prompt.platform,
      workspaceId: prompt.workspaceId,
      target: prompt.target,
      message: buildReminder(prompt.partnership, prompt),
      at: now,
    }));
    if (roundIds.length < CHUNK) return queued;
  }
}
