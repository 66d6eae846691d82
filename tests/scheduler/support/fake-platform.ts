import type { ChatPlatform, Delivery, DeliveryPacing, DeliveryReceipt } from "../../../src/ports/delivery.js";

/** A chat platform in memory: keeps what it was sent; `failWith` can make chosen deliveries fail. */
export class FakePlatform implements ChatPlatform {
  readonly received: Delivery[] = [];
  /** The clock's time at each successful delivery, when a clock was given. */
  readonly receivedAt: number[] = [];
  failWith: ((delivery: Delivery, attempt: number) => Error | undefined) | undefined;
  private attempts = 0;

  constructor(
    readonly platform = "console",
    readonly pacing?: DeliveryPacing,
    private readonly clock?: { now(): Date },
  ) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    this.attempts++;
    const failure = this.failWith?.(delivery, this.attempts);
    if (failure !== undefined) throw failure;
    this.received.push(delivery);
    if (this.clock !== undefined) this.receivedAt.push(this.clock.now().getTime());
    return { platformMessageId: `m${this.received.length}` };
  }

  ofKind(kind: Delivery["kind"]): Delivery[] {
    return this.received.filter((delivery) => delivery.kind === kind);
  }
}
