import { assessPartnership } from "../../domain/assess-partnership.js";
import type { Health } from "../../domain/vocabulary.js";
import type { PartnershipFilter, PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CommandContext } from "../command-context.js";

// Health is worked out from each partnership's snapshot, not stored, so it is filtered in chunks.
const CHUNK = 50;

/**
 * One page of the partnerships whose health is `health`, walking them in handle order only as far
 * as the page needs (plus one, to know there is a next page). `total` is known once the walk ends.
 */
export async function pageByHealth(
  context: CommandContext,
  filter: PartnershipFilter,
  health: Health,
  page: { skip: number; take: number },
): Promise<{ partnerships: PartnershipRecord[]; total: number | null; hasNext: boolean }> {
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const now = context.clock.now();
  const matches: PartnershipRecord[] = [];
  for (let skip = 0; ; skip += CHUNK) {
    const chunk = await context.store.partnerships.listPage(workspace, filter, { skip, take: CHUNK });
    const assessed = await Promise.all(
      chunk.partnerships.map(async (partnership) => assessPartnership(await context.store.status.load(partnership.id), now, partnership.timezone).health),
    );
    matches.push(...chunk.partnerships.filter((_, index) => assessed[index] === health));
    const walkedAll = skip + CHUNK >= chunk.total;
    if (walkedAll) return { partnerships: matches.slice(page.skip, page.skip + page.take), total: matches.length, hasNext: matches.length > page.skip + page.take };
    if (matches.length > page.skip + page.take) return { partnerships: matches.slice(page.skip, page.skip + page.take), total: null, hasNext: true };
  }
}
