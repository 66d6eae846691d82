import { timingSafeEqual } from "node:crypto";

/** The form's token equals the expected one; compared in constant time, and neither may be empty. */
export function verifyCsrfToken(sent: unknown, expected: string | undefined): boolean {
  if (typeof sent !== "string" || sent === "" || expected === undefined || expected === "") return false;
  const [a, b] = [Buffer.from(sent), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}
