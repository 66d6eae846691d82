import type { DeliveryPacing } from "../ports/delivery.js";

const PRUNE_AT = 20_000;

/**
 * Spaces messages per target and per platform, and holds back a target (or a whole platform) that
 * answered 429, so one rate-limited channel does not stop the rest. In memory, per process.
 */
export class RoutePacer {
  private readonly nextByTarget = new Map<string, number>();
  private readonly nextByPlatform = new Map<string, number>();
  private readonly pausedTargets = new Map<string, number>();
  private readonly pausedPlatforms = new Map<string, number>();

  /**
   * The earliest time (ms) a message to `target` may go, booked for it; null (nothing booked) when
   * that is more than `maxWaitMs` away.
   */
  reserve(platform: string, pacing: DeliveryPacing | undefined, target: string, now: number, maxWaitMs: number): number | null {
    const key = `${platform}\u0000${target}`;
    const at = Math.max(now, this.nextByTarget.get(key) ?? 0, this.nextByPlatform.get(platform) ?? 0, this.pausedUntil(platform, target));
    if (at - now > maxWaitMs) return null;
    if (pacing?.perTargetIntervalMs) this.nextByTarget.set(key, at + pacing.perTargetIntervalMs);
    if (pacing?.perSecond) this.nextByPlatform.set(platform, at + 1000 / pacing.perSecond);
    if (this.nextByTarget.size > PRUNE_AT) this.prune(now);
    return at;
  }

  /** When the target (or its platform) may be tried again after a 429; 0 when it is not held. */
  pausedUntil(platform: string, target: string): number {
    return Math.max(this.pausedTargets.get(`${platform}\u0000${target}`) ?? 0, this.pausedPlatforms.get(platform) ?? 0);
  }

  pause(platform: string, target: string | null, until: number): void {
    const map = target === null ? this.pausedPlatforms : this.pausedTargets;
    const key = target === null ? platform : `${platform}\u0000${target}`;
    map.set(key, Math.max(map.get(key) ?? 0, until));
  }

  private prune(now: number): void {
    for (const map of [this.nextByTarget, this.pausedTargets]) {
      for (const [key, until] of map) if (until <= now) map.delete(key);
    }
  }
}
