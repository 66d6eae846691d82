import type { App, ReceiverEvent } from "@slack/bolt";
import type { AfterAckWork } from "./after-ack-work.js";

/**
 * A request reaches app.processEvent only once the receiver has verified Slack's signature (or
 * taken it from Slack's socket): from then until its ack it counts as waiting, so work after an
 * ack lets it go first. Requests that never pass verification never count.
 */
export function countRequestsAwaitingAck(app: App, work: AfterAckWork): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const answered = work.acceptRequest();
    const ack: ReceiverEvent["ack"] = async (response) => {
      try {
        await event.ack(response);
      } finally {
        answered();
      }
    };
    try {
      await processEvent({ ...event, ack });
    } finally {
      // A request no listener acknowledged (the receiver answers it later) stops counting here.
      answered();
    }
  };
}
