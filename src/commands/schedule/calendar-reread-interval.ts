/** How often a calendar imported from an address is read again: districts add snow days as they happen. */
export const CALENDAR_REREAD_MS = 7 * 24 * 60 * 60_000;
