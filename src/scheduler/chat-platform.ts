import type { PromptKind } from "../store/outbox-repository.js";
import type { OutboundMessage } from "../ui/reply.js";

/** One outbox row, ready for its platform. */
export interface Delivery {
  promptId: number;
  kind: PromptKind;
  partnershipId: number | null;
  roundId: number | null;
  workspaceId: string;
  /** "channel:<id>" or "user:<id>" in the platform's own ids. */
  target: string;
  message: OutboundMessage;
}

export interface DeliveryReceipt {
  platformMessageId: string;
}

/** The port each chat adapter implements so the outbox dispatcher can send through it. */
export interface ChatPlatform {
  readonly platform: string;
  deliver(delivery: Delivery): Promise<DeliveryReceipt>;
}

/** The platform said no for good (unknown channel, user gone): never retried, shown in status. */
export class PermanentDeliveryError extends Error {
  override name = "PermanentDeliveryError";
}

/** Worth trying again later (rate limit, 5xx, network); `retryAfterMs` when the platform said when. */
export class RetryableDeliveryError extends Error {
  override name = "RetryableDeliveryError";
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
