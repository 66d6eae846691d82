import type { Clock } from "../clock.js";
import type { Logger } from "../logging/create-logger.js";
import type { DigestRepository } from "../store/digest-repository.js";
import type { RoundFollowUpsRepository } from "../store/round-follow-ups-repository.js";
import { digestDeliveries } from "./build-digest.js";

const CHUNK = 100;

/** Closes rounds whose window ended and queues their digests; returns how many this call closed. */
export async function closeDueRounds(followUps: RoundFollowUpsRepository, digests: DigestRepository, clock: Clock, logger: Logger, publicUrl?: string): Promise<number> {
  const now = clock.now();
  let closed = 0;
  let failed = new Set<number>();
  for (;;) {
    const roundIds = (await followUps.findToClose(now, CHUNK + failed.size)).filter((id) => !failed.has(id));
    if (roundIds.length === 0) return closed;
    for (const roundId of roundIds) {
      try {
        const data = await digests.load(roundId);
        if (data !== null && (await followUps.close(roundId, now, digestDeliveries(data, now, publicUrl)))) closed++;
      } catch (error) {
        // One broken round must not keep the others open; it is tried again next tick.
        logger.error({ err: error, roundId }, "could not close a round");
        failed = new Set([...failed, roundId]);
      }
    }
    if (roundIds.length < CHUNK) return closed;
  }
}
