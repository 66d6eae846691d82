import type { ChatPlatform, Delivery, DeliveryReceipt } from "../../src/ports/delivery.js";
import { CONSOLE } from "./console-conventions.js";
import { renderConsoleMessage } from "./render-console-message.js";

/** Prints what the scheduler sends (prompts, reminders, digests, celebrations) as it happens. */
export class ConsolePlatform implements ChatPlatform {
  readonly platform = CONSOLE;
  private sent = 0;

  constructor(private readonly output: NodeJS.WritableStream) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    const to = delivery.target.kind === "user" ? `to @${delivery.target.id}` : `in #${delivery.target.id}`;
    this.output.write(`\n[${delivery.kind} ${to}]\n${renderConsoleMessage(delivery.message.message, delivery.message.mentions)}`);
    this.sent += 1;
    return { platformMessageId: `console-${delivery.promptId}-${this.sent}` };
  }
}
