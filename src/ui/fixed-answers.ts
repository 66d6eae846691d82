/** What a button from an older release (or one whose handler is gone) answers, on every platform. */
export const STALE_BUTTON = "That button no longer does anything. Type `/partner help` to see what you can do.";

/** The one reply to a failure that is not the user's: no stack trace, no internals. */
export const APOLOGY = "Sorry, something went wrong on our side and nothing was changed. Please try again in a minute; if it keeps happening, tell your coordinator.";
