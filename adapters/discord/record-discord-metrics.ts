import { Events, RESTEvents, type Client, type REST } from "discord.js";
import type { MetricsRecorder } from "../../src/ports/metrics-recorder.js";

const CALLBACK = /^\/interactions\/(\d+)\/[^/]+\/callback$/;
// Interactions never acknowledged (an unknown kind, ignored) must not pile up: the oldest go first.
const REMEMBERED = 1_000;

/**
 * Acknowledgement latency (arrival to the callback's response, whichever first answer it was: a
 * deferral, a modal, autocomplete choices) and every 429, from discord.js's REST events: discord.js
 * waits out rate limits itself, so the outbox never sees them. Registered before the listeners;
 * `answers` is the REST manager interaction answers go through (route-interaction-answers.ts).
 */
export function recordDiscordMetrics(client: Client, answers: REST, metrics: MetricsRecorder): void {
  const receivedAt = new Map<string, number>();
  client.on(Events.InteractionCreate, (interaction) => {
    receivedAt.set(interaction.id, performance.now());
    if (receivedAt.size > REMEMBERED) receivedAt.delete(receivedAt.keys().next().value!);
  });
  const onResponse = (request: { path: string }, response: { status: number }) => {
    if (response.status === 429) metrics.countRateLimited("discord");
    const id = CALLBACK.exec(request.path)?.[1];
    const at = id === undefined ? undefined : receivedAt.get(id);
    if (at === undefined) return;
    receivedAt.delete(id!);
    metrics.observeAcknowledgement("discord", (performance.now() - at) / 1000);
  };
  for (const rest of [client.rest, answers]) rest.on(RESTEvents.Response, onResponse);
}
