import type { PartnershipAssessment } from "../../domain/assess-partnership.js";
import type { Store } from "../../store/create-store.js";
import type { PortfolioEntry, Workspace } from "../../store/portfolio-repository.js";
import { assessPortfolioEntry, latestAnsweredRound, needsRoundResponses } from "./assess-portfolio-entry.js";

export interface AssessedEntry {
  entry: PortfolioEntry;
  assessment: PartnershipAssessment;
}

// Health depends on the day in each partnership's time zone; zones differ by quarter hours at most.
const TIME_BUCKET_MS = 15 * 60_000;
const MAX_WORKSPACES = 20;

interface Cached {
  key: string;
  assessed: AssessedEntry[];
}

/**
 * A workspace's assessed partnerships, computed in bulk and kept while nothing they are read from
 * changed (the store's fingerprint, read on every request, so several processes stay correct) and
 * the quarter hour is the same. At 10,000 partnerships the bulk read costs far more than a page.
 */
export class PortfolioCache {
  readonly #byWorkspace = new Map<string, Cached>();

  async assessed(store: Store, workspace: Workspace, now: Date): Promise<AssessedEntry[]> {
    const workspaceKey = `${workspace.platform}:${workspace.workspaceId}`;
    const key = `${await store.portfolio.fingerprint()}@${Math.floor(now.getTime() / TIME_BUCKET_MS)}`;
    const cached = this.#byWorkspace.get(workspaceKey);
    if (cached?.key === key) return cached.assessed;
    const assessed = await assessAll(store, workspace, now);
    this.#byWorkspace.delete(workspaceKey);
    if (this.#byWorkspace.size >= MAX_WORKSPACES) this.#byWorkspace.delete(this.#byWorkspace.keys().next().value!);
    this.#byWorkspace.set(workspaceKey, { key, assessed });
    return assessed;
  }
}

async function assessAll(store: Store, workspace: Workspace, now: Date): Promise<AssessedEntry[]> {
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  const entries = await store.portfolio.load({ workspace }, tomorrow);
  const mixed = entries.filter(needsRoundResponses).flatMap((entry) => latestAnsweredRound(entry)?.id ?? []);
  const responses = await store.portfolio.roundResponses(mixed);
  return entries.map((entry) => ({ entry, assessment: assessPortfolioEntry(entry, responses, now) }));
}
