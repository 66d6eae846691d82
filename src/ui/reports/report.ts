import type { Chart } from "../reply.js";

/**
 * The neutral report model: what a partnership or the whole program achieved over a date range.
 * The core builds it; the web draws it as a printable page, and src/ui/reports formats it as
 * Markdown and CSV, so every medium reads the same figures.
 */

/** Calendar days, both included: "2026-08-01" to "2027-07-31". */
export interface ReportRange {
  from: string;
  to: string;
}

/** One success metric over the range: where it started, where it ended, against its target. */
export interface ReportOutcome {
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  direction: string;
  dueOn: string | null;
  /** The latest reading before the range, else the first inside it; null without readings. */
  startValue: number | null;
  /** The latest reading inside the range; null when there was none. */
  endValue: number | null;
  readings: number;
  /** Share of the way from baseline to target at `endValue` (0..1). */
  progress: number;
  met: boolean;
  /** The day `metric retire` stopped its readings; null while it is in use. Its readings stay in the report. */
  retiredOn: string | null;
  chart: Chart;
}

export interface ReportMilestone {
  title: string;
  dueOn: string;
  /** The day it was marked done; null for one due in the range and still open. */
  doneOn: string | null;
}

export interface ReportSurvey {
  title: string;
  anonymous: boolean;
  sentOn: string | null;
  responses: number;
}

export interface ReportParticipation {
  rounds: number;
  /** Check-ins answered in those rounds. */
  answered: number;
  /** Liaison prompts those rounds called for (rounds x liaisons). */
  expected: number;
  responseRate: number | null;
  surveys: ReportSurvey[];
  /** Survey responses in the range, all surveys together. */
  surveyResponses: number;
  /** Check-ins answered against expected, by month. */
  chart: Chart;
}

/** A highlight from check-ins, said once however many times it was repeated. */
export interface ReportHighlight {
  text: string;
  people: string[];
  times: number;
  lastOn: string;
}

/**
 * A question of the partnership's own in the check-ins of the range (liaisons answer them, as
 * they write highlights): how many answered, and a figure by kind.
 */
export interface ReportQuestion {
  prompt: string;
  kind: string;
  answers: number;
  /** Scale and number questions: the average answer; null for other kinds or without answers. */
  average: number | null;
  /** Choice questions: how many picked each option, in the question's order. */
  choices: { option: string; count: number }[];
  /** Text questions: the latest few answers, newest first (the rest are counted only). */
  recent: { on: string; person: string; text: string }[];
  /** The day it stopped being asked (`question remove`); null while it is asked. */
  removedOn: string | null;
}

export interface ReportReflection {
  on: string;
  person: string;
  round: string | null;
  text: string;
}

export interface ReportContribution {
  organization: string;
  kind: string;
  role: string;
  commitments: string;
  assets: { kind: string; description: string; quantity: number | null }[];
}

export interface PartnershipReport {
  handle: string;
  name: string;
  status: string;
  timezone: string;
  outcomes: ReportOutcome[];
  milestonesReached: ReportMilestone[];
  /** Due inside the range and not done. */
  milestonesOpen: ReportMilestone[];
  participation: ReportParticipation;
  highlights: ReportHighlight[];
  /** The partnership's own check-in questions: those asked now, and removed ones answered in the range. */
  questions: ReportQuestion[];
  reflections: ReportReflection[];
  contributions: ReportContribution[];
}

/** One partnership in the program report: its figures, without its detail. */
export interface ProgramReportRow {
  handle: string;
  name: string;
  status: string;
  outcomesMet: number;
  outcomes: number;
  milestonesReached: number;
  milestonesOpen: number;
  rounds: number;
  answered: number;
  expected: number;
  responseRate: number | null;
  surveyResponses: number;
  reflections: number;
  assets: number;
}

export interface ProgramTotals {
  partnerships: number;
  outcomesMet: number;
  outcomes: number;
  milestonesReached: number;
  milestonesOpen: number;
  answered: number;
  expected: number;
  responseRate: number | null;
  surveyResponses: number;
  reflections: number;
  assets: number;
}

/** Which term a partnership's report covers (null on the report: a range of dates that was asked for). */
export interface ReportTerm {
  /** "2026-27", or "all terms". */
  label: string;
  all: boolean;
  /** Every term of the partnership, oldest first, for links to each. */
  terms: string[];
}

export type Report =
  | { kind: "partnership"; title: string; range: ReportRange; generatedAt: string; term: ReportTerm | null; partnership: PartnershipReport }
  | { kind: "program"; title: string; range: ReportRange; generatedAt: string; totals: ProgramTotals; charts: Chart[]; rows: ProgramReportRow[] };

/** What viewReport answers: the report, or why there is none (an unknown partnership, a bad range). */
export type ReportView = { kind: "report"; report: Report } | { kind: "refused"; code: "not-found" | "bad-arguments"; message: string };

/** What the adapter asks for: raw strings from a URL or a command, parsed by the core. */
export interface ReportRequest {
  /** A partnership's handle; absent for the whole program. */
  partnership?: string;
  from?: string;
  to?: string;
  /** A term's label or "all" (a partnership's report only); without it and without dates, the current term. */
  term?: string;
}
