import { pino, type Logger } from "pino";

export type { Logger };

// Tokens and secrets never reach a log line, even when a library error carries a request config.
const REDACT = [
  "token",
  "*.token",
  "*.*.token",
  "botToken",
  "appToken",
  "signingSecret",
  "*.signingSecret",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
  "config.headers.Authorization",
  "DATABASE_URL",
];

/** Structured JSON logs on stderr, so stdout stays free for the console adapter. */
export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" } }, destination as pino.DestinationStream);
}
