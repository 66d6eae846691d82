// Requests as Slack sends them: signed with the app's signing secret (v0 HMAC-SHA256 over
// "v0:<timestamp>:<raw body>"), form-encoded for commands and interactivity, JSON for events.
import crypto from "node:crypto";

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replace the signature with a forged one. */
  forge?: boolean;
  /** Extra headers, such as X-Slack-Retry-Num. */
  headers?: Record<string, string>;
}

export function signatureHeaders(signingSecret: string, rawBody: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${crypto.createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

export interface SlackHttpResponse {
  status: number;
  text: string;
  json(): any;
}

/** POSTs a signed body to a Bolt endpoint and returns the HTTP answer. */
export async function postSigned(url: string, signingSecret: string, body: string, contentType: string, options: SignOptions = {}): Promise<SlackHttpResponse> {
  const headers = signatureHeaders(signingSecret, body, options.timestamp);
  if (options.forge) headers["x-slack-signature"] = `v0=${"0".repeat(64)}`;
  const response = await fetch(url, { method: "POST", headers: { "content-type": contentType, ...headers, ...options.headers }, body });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** Interactivity payloads arrive as one form field, `payload`, holding JSON. */
export function interactiveBody(payload: object): string {
  return formBody({ payload: JSON.stringify(payload) });
}
