import type { OutboundMessage } from "../ui/reply.js";

/** What an outbox row is for; adapters treat some kinds specially (a reflection thread opens a thread). */
export type DeliveryKind = "checkin" | "reminder" | "digest" | "celebration" | "survey" | "reflection-thread" | "link-notice" | "calendar-update";

/** Where a delivery goes, in the platform's own ids: a channel, or one person's direct messages. */
export interface DeliveryTarget {
  kind: "channel" | "user";
  id: string;
}

/** One outbox row, ready for its platform. */
export interface Delivery {
  promptId: number;
  kind: DeliveryKind;
  partnershipId: number | null;
  roundId: number | null;
  workspaceId: string;
  target: DeliveryTarget;
  message: OutboundMessage;
  /**
   * The same for every attempt at this row (its dedupe key). A platform that can refuse a repeat
   * (Discord's message nonce with enforce_nonce) uses it so a crash after sending does not post twice.
   * The dispatcher always sets it.
   */
  idempotencyKey?: string;
  /** 1 for the first try (set by the dispatcher). */
  attempt?: number;
}

export interface DeliveryReceipt {
  platformMessageId: string;
}

/**
 * How fast the dispatcher may send to one platform; it queues instead of bursting. Unset means
 * no pacing (the console, test fakes).
 */
export interface DeliveryPacing {
  /** At least this long between two messages to the same target (Slack: about 1000 per channel). */
  perTargetIntervalMs?: number;
  /** At most this many messages per second to the platform as a whole (Discord: 50). */
  perSecond?: number;
}

/** The outbound port each chat adapter implements so the outbox dispatcher can send through it. */
export interface ChatPlatform {
  readonly platform: string;
  readonly pacing?: DeliveryPacing;
  deliver(delivery: Delivery): Promise<DeliveryReceipt>;
}

/** The platform said no for good (unknown channel, user gone): never retried, shown in status. */
export class PermanentDeliveryError extends Error {
  override name = "PermanentDeliveryError";
}

/**
 * Worth trying again later (rate limit, 5xx, network); `retryAfterMs` when the platform said when.
 * `scope` says what the wait applies to: the one target (a 429 on one route, the default) or every
 * message to the platform (Discord's global rate limit).
 */
export class RetryableDeliveryError extends Error {
  override name = "RetryableDeliveryError";
  constructor(
    message: string,
    readonly retryAfterMs?: number,
    readonly scope: "target" | "platform" = "target",
  ) {
    super(message);
  }
}
