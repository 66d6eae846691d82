/** Where links point when no PUBLIC_URL reached the bot (tests); read-config gives the real default. */
const FALLBACK_PUBLIC_URL = "http://127.0.0.1:3000";

/** A survey link's address: PUBLIC_URL may carry a path (https://example.org/partners/). */
export function surveyLinkUrl(publicUrl: string | undefined, token: string): string {
  const base = publicUrl ?? FALLBACK_PUBLIC_URL;
  return new URL(`s/${token}`, base.endsWith("/") ? base : `${base}/`).toString();
}
