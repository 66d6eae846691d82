// Slack tokens look like xoxb-..., xoxp-..., xapp-...; nothing that reaches a log may contain one.
const TOKEN = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;

export function redactTokens(text: string): string {
  return text.replace(TOKEN, "[redacted]");
}

/**
 * A log-safe summary of an error from Bolt or the Web API: its code, Slack's error string and
 * message, never the request (which can carry the token) or the response headers.
 */
export function describeSlackError(error: unknown): { code?: string; slackError?: string; message: string; status?: number } {
  if (!(error instanceof Error)) return { message: redactTokens(String(error)) };
  const coded = error as Error & { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; original?: unknown };
  return {
    ...(typeof coded.code === "string" ? { code: coded.code } : {}),
    ...(typeof coded.data?.error === "string" ? { slackError: coded.data.error } : {}),
    ...(typeof coded.statusCode === "number" ? { status: coded.statusCode } : {}),
    message: redactTokens(coded.original instanceof Error ? `${coded.message}: ${coded.original.message}` : coded.message),
  };
}
