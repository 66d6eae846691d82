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
