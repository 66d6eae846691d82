import type { ChatPlatform, Delivery, DeliveryReceipt } from "../../src/scheduler/chat-platform.js";
import { renderConsoleMessage } from "./render-console-message.js";

/** Prints what the scheduler sends (prompts, reminders, digests, celebrations) as it happens. */
export class ConsolePlatform implements ChatPlatform {
  readonly platform = "console";
  private sent = 0;

  constructor(private readonly output: NodeJS.WritableStream) {}

  async deliver(delivery: Delivery): Promise<DeliveryReceipt> {
    const to = delivery.target.replace(/^user:/, "to @").replace(/^channel:/, "in #");
    this.output.write(`\n[${delivery.kind} ${to}]\n${renderConsoleMessage(delivery.message.message, delivery.message.mentions)}`);
    this.sent += 1;
    return { platformMessageId: `console-${delivery.promptId}-${this.sent}` };
  }
}
