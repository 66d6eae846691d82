import { RetryableDeliveryError, type ChatPlatform, type Delivery, type DeliveryReceipt } from "../../../src/ports/delivery.js";
import { formatDeliveryTarget } from "../../../src/ports/delivery-target.js";

/** A ChatPlatform that posts to a LoopbackPlatform, as a real adapter posts to its platform's API. */
export class HttpChatPlatform implements ChatPlatform {
  constructor(
    private readonly url: string,
    private readonly workerId: string,
    readonly platform = "console",
  ) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ idempotencyKey: delivery.idempotencyKey, kind: delivery.kind, target: formatDeliveryTarget(delivery.target), workerId: this.workerId }),
    });
    if (response.status === 429) throw new RetryableDeliveryError("429 Too Many Requests", Number(response.headers.get("retry-after")) * 1000);
    if (!response.ok) throw new RetryableDeliveryError(`HTTP ${response.status}`);
    const body = (await response.json()) as { id: string };
    return { platformMessageId: body.id };
  }
}
