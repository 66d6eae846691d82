/** Anonymous surveys show nothing until this many people answered, unless the survey says more. */
export const DEFAULT_MIN_RESPONSES = 5;

/** Below three, an average and its two answers give each other away: no survey may go lower. */
export const LOWEST_MIN_RESPONSES = 3;

export const HIGHEST_MIN_RESPONSES = 1000;
