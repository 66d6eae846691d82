/**
 * Whether a write failed because a unique key already holds its value (Prisma's P2002), as when the
 * same thing is added twice at once. Checked by code: the SQLite and PostgreSQL clients each have
 * their own error classes, so `instanceof` would miss one of them.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
