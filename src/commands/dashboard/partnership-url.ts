/** The partnership's page on the web dashboard (PUBLIC_URL may carry a path), optionally at an anchor. */
export function partnershipUrl(publicUrl: string, handle: string, anchor?: string): string {
  const base = publicUrl.endsWith("/") ? publicUrl : `${publicUrl}/`;
  const url = new URL(`p/${encodeURIComponent(handle)}`, base);
  if (anchor !== undefined) url.hash = anchor;
  return url.toString();
}
