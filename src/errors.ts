/**
 * An error the user caused and can fix. Adapters show `message` to that user only (ephemerally);
 * it must say what to do next. Anything that is not a UserError gets one fixed apology.
 */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}

export type UserErrorCode =
  | "unknown-command"
  | "bad-arguments"
  | "not-found"
  | "forbidden"
  | "conflict"
  | "closed"
  | "unsupported";

/** The one reply to a failure that is not the user's: no stack trace, no internals. */
export const APOLOGY = "Sorry, something went wrong on our side and nothing was changed. Please try again in a minute; if it keeps happening, tell your coordinator.";
