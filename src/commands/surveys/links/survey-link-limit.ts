/** A link refuses answers past three times its expected count: a class of 28 cannot give 85. */
export const LINK_OVERFLOW_FACTOR = 3;

/** How many answers a link takes; null when no expected count was given. */
export function surveyLinkLimit(expected: number | null): number | null {
  return expected === null ? null : expected * LINK_OVERFLOW_FACTOR;
}
