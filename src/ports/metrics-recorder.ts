/** How one outbox delivery ended, as the dispatcher recorded it. */
export type DeliveryResult = "sent" | "retry" | "rate_limited" | "failed";

/**
 * Where the bot's operational figures go (GET /metrics). Adapters and the scheduler call it; only
 * src/ops knows it is Prometheus. Every method is cheap and never throws.
 */
export interface MetricsRecorder {
  /** Seconds from an interaction's arrival to the platform's acceptance of its acknowledgement. */
  observeAcknowledgement(platform: string, seconds: number): void;
  /** One outbox row handed to its platform, and how that ended. */
  countDelivery(platform: string, result: DeliveryResult): void;
  /** The platform answered 429 (a rate limit), to any call. */
  countRateLimited(platform: string): void;
  countRoundsOpened(count: number): void;
  /** Seconds from the minute a scheduler tick was due to the end of its work. */
  observeTickLag(seconds: number): void;
  /** Seconds one database query or statement took. */
  observeDatabaseQuery(seconds: number): void;
}

/** For processes and tests that serve no /metrics. */
export const NO_METRICS: MetricsRecorder = {
  observeAcknowledgement: () => undefined,
  countDelivery: () => undefined,
  countRateLimited: () => undefined,
  countRoundsOpened: () => undefined,
  observeTickLag: () => undefined,
  observeDatabaseQuery: () => undefined,
};

/** What the web adapter serves at GET /metrics, and who may read it. */
export interface MetricsEndpoint {
  /** METRICS_TOKEN: a reader sends `Authorization: Bearer <token>`. Unset: served on a loopback bind only. */
  token?: string;
  /** The exposition in Prometheus' text format, and its content type. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

/** What a Discord shard process answers to `{ metricsRequest: id }` over IPC: its figures for GET /metrics. */
export interface ShardMetricsAnswer {
  metricsAnswer: number;
  metrics: object[];
}
