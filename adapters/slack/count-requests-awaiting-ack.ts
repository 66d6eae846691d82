import type { App, ReceiverEvent } from "@slack/bolt";
import type { MetricsRecorder } from "../../src/ports/metrics-recorder.js";
import type { AfterAckWork } from "./after-ack-work.js";

/**
 * A request reaches app.processEvent only once the receiver has verified Slack's signature (or
 * taken it from Slack's socket): from then until its ack it counts as waiting, so work after an
 * ack lets it go first. Requests that never pass verification never count. The time from then to
 * the ack's response is the acknowledgement latency GET /metrics shows.
 */
export function countRequestsAwaitingAck(app: App, work: AfterAckWork, metrics: MetricsRecorder): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const answered = work.acceptRequest();
    const receivedAt = performance.now();
    const ack: ReceiverEvent["ack"] = async (response) => {
      try {
        await event.ack(response);
        metrics.observeAcknowledgement("slack", (performance.now() - receivedAt) / 1000);
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
