import type { Chart, Message } from "../ui/reply.js";

export const PORTFOLIO_SORTS = ["health", "name", "last-check-in", "response-rate", "next-check-in"] as const;
export type PortfolioSort = (typeof PORTFOLIO_SORTS)[number];
export type PortfolioHealth = "on-track" | "at-risk" | "off-track";

/** What a portfolio shows: each filter optional; `page` counts from 1; `all` skips paging (CSV). */
export interface PortfolioQuery {
  status?: string;
  health?: PortfolioHealth;
  programModel?: string;
  partnerKind?: string;
  /** Only partnerships the person is a liaison of. */
  mine?: boolean;
  search?: string;
  sort?: PortfolioSort;
  page?: number;
  all?: boolean;
}

export interface PortfolioRow {
  handle: string;
  name: string;
  status: string;
  programModels: string[];
  partnerKinds: string[];
  health: PortfolioHealth;
  reasons: string[];
  lastCheckInAt: Date | null;
  /** Share of expected check-ins answered over the recent rounds; null before the first round. */
  responseRate: number | null;
  /** Each metric's share of the way from baseline to target (0..1). */
  metricProgress: { name: string; progress: number }[];
  overdueMilestones: { title: string; dueOn: string; daysOverdue: number }[];
  /** The next scheduled check-in, in the partnership's time zone, or null (paused, not scheduled). */
  nextCheckIn: { at: Date; timezone: string; text: string } | null;
}

export interface PortfolioView {
  /** Partnerships matching every filter but health: what the counts by health are of. */
  total: number;
  healthCounts: Record<PortfolioHealth, number>;
  /** Partnerships matching every filter, health included. */
  matching: number;
  page: number;
  pageCount: number;
  pageSize: number;
  rows: PortfolioRow[];
}

/** A metric's readings as a chart (baseline, target, due date) with the same figures as a table. */
export interface MetricView {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  dueOn: string | null;
  /** The day `metric retire` took it out of check-ins and status; null while in use. */
  retiredOn: string | null;
  progress: number;
  chart: Chart;
  readings: { on: string; value: number; note: string; by: string | null }[];
}

/** Everything the partnership page shows; the core has applied the same rules as chat. */
export interface PartnershipView {
  handle: string;
  name: string;
  status: string;
  programModels: string[];
  timezone: string;
  health: PortfolioHealth;
  reasons: string[];
  responseRate: number | null;
  charter: {
    current: { version: number; sharedGoal: string; expectations: string; writtenOn: string; writtenBy: string | null; ratified: { name: string; organization: string; on: string }[]; missing: { name: string; organization: string }[] } | null;
    earlier: { version: number; sharedGoal: string; expectations: string; writtenOn: string; writtenBy: string | null }[];
  };
  partners: { organization: string; kind: string; role: string; commitments: string; liaisons: string[]; assets: { kind: string; description: string; quantity: number | null }[] }[];
  assetMap: { overlaps: { kind: string; organizations: string[] }[]; uncoveredNeeds: { kind: string; description: string }[]; coverableNeeds: { kind: string; description: string; organizations: string[] }[]; metNeeds: { kind: string; description: string; metBy: { organization: string; kind: string; description: string } | null }[] };
  metrics: MetricView[];
  milestones: { title: string; dueOn: string; doneOn: string | null; overdueDays: number | null }[];
  rounds: { period: string; status: string; opensAt: Date; answered: { name: string; status: string; highlights: string; blockers: string; needs: string; submittedOn: string; answers: { question: string; answer: string }[] }[]; notAnswered: string[] }[];
  reflections: { author: string; body: string; round: string | null; on: string; edited: boolean }[];
  reflectionCount: number;
  /** Each survey's results exactly as `survey results` gives them in chat (anonymity rules included). */
  surveys: { id: number; title: string; status: string; anonymous: boolean; results: Message }[];
  schedule: { description: string; nextCheckIn: string | null; openRound: { period: string; closesAt: string } | null };
  blackouts: { startsOn: string; endsOn: string; reason: string }[];
  absences: { startsOn: string; endsOn: string; reason: string; person: string }[];
  links: { platform: string; channelId: string; purpose: string }[];
}

/** The vocabularies the portfolio's filters offer. */
export { ALL_PARTNERSHIP_STATUSES, ORGANIZATION_KINDS, PROGRAM_MODELS } from "../domain/vocabulary.js";
