import { AggregatorRegistry, Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DeliveryResult, MetricsEndpoint, MetricsRecorder } from "../ports/metrics-recorder.js";
import type { OutboxCount } from "../store/outbox-counts-repository.js";

const PREFIX = "partnership_bot_";

/** Metrics of another process of this bot (a Discord shard), as prom-client's JSON. */
export type ForeignMetrics = () => Promise<object[][]>;

export interface PrometheusMetricsOptions {
  /** Read at scrape time; only the process that owns the scheduler passes it, so shards do not add up the same rows. */
  countOutbox?: () => Promise<OutboxCount[]>;
  /** Node's own figures (memory, event loop lag, GC); off in tests that make many registries. */
  processMetrics?: boolean;
}

/**
 * The bot's operational figures in one prom-client registry (never the global one): what the
 * adapters and the scheduler record through `MetricsRecorder`, and what GET /metrics serves.
 */
export class PrometheusMetrics implements MetricsRecorder {
  readonly registry = new Registry();
  private readonly foreign: ForeignMetrics[] = [];
  private readonly acknowledgements = new Histogram({
    name: `${PREFIX}acknowledgement_seconds`,
    help: "Seconds from an interaction's arrival to the platform accepting its acknowledgement (Slack and Discord allow 3).",
    labelNames: ["platform"],
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5],
    registers: [this.registry],
  });
  private readonly deliveries = new Counter({ name: `${PREFIX}deliveries_total`, help: "Outbox deliveries handed to a platform, by how they ended.", labelNames: ["platform", "result"], registers: [this.registry] });
  private readonly rateLimited = new Counter({ name: `${PREFIX}rate_limited_total`, help: "429 answers from the platform, to any call.", labelNames: ["platform"], registers: [this.registry] });
  private readonly roundsOpened = new Counter({ name: `${PREFIX}rounds_opened_total`, help: "Check-in rounds this process opened.", registers: [this.registry] });
  private readonly tickLag = new Gauge({ name: `${PREFIX}scheduler_tick_lag_seconds`, help: "Seconds from the minute the last scheduler tick was due to the end of its work.", registers: [this.registry] });
  private readonly databaseTime = new Histogram({
    name: `${PREFIX}database_query_seconds`,
    help: "Seconds per database query or statement, as the driver ran it.",
    buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor(options: PrometheusMetricsOptions = {}) {
    const { countOutbox } = options;
    if (countOutbox !== undefined) {
      new Gauge({
        name: `${PREFIX}outbox_rows`,
        help: "Outbox rows waiting to be sent (pending) or given up (failed), by platform.",
        labelNames: ["status", "platform"],
        registers: [this.registry],
        async collect() {
          const counts = await countOutbox();
          this.reset();
          for (const { status, platform, count } of counts) this.set({ status, platform }, count);
        },
      });
    }
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }

  observeAcknowledgement(platform: string, seconds: number): void {
    this.acknowledgements.observe({ platform }, seconds);
  }

  countDelivery(platform: string, result: DeliveryResult): void {
    this.deliveries.inc({ platform, result });
  }

  countRateLimited(platform: string): void {
    this.rateLimited.inc({ platform });
  }

  countRoundsOpened(count: number): void {
    this.roundsOpened.inc(count);
  }

  observeTickLag(seconds: number): void {
    this.tickLag.set(seconds);
  }

  observeDatabaseQuery(seconds: number): void {
    this.databaseTime.observe(seconds);
  }

  /** Adds another process's figures to every scrape (summed, as prom-client aggregates a cluster). */
  addForeign(source: ForeignMetrics): void {
    this.foreign.push(source);
  }

  /** This process's figures as JSON, for the process that serves /metrics to add up. */
  toJson(): Promise<object[]> {
    return this.registry.getMetricsAsJSON();
  }

  /** The /metrics endpoint over this registry. */
  endpoint(token: string | undefined): MetricsEndpoint {
    return { token, scrape: () => this.scrape() };
  }

  private async scrape(): Promise<{ contentType: string; body: string }> {
    const contentType = this.registry.contentType;
    if (this.foreign.length === 0) return { contentType, body: await this.registry.metrics() };
    const own = await this.registry.getMetricsAsJSON();
    const others = (await Promise.all(this.foreign.map((source) => source()))).flat();
    return { contentType, body: await AggregatorRegistry.aggregate([own, ...others]).metrics() };
  }
}
