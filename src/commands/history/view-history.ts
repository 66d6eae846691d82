import { DateTime } from "luxon";
import type { HistoryView } from "../../ports/history.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CommandContext } from "../command-context.js";
import { describeAuditEntry, referencesOf } from "./describe-audit-entry.js";

/** 20 lines fit one chat message with room to spare. */
export const HISTORY_PAGE_SIZE = 20;

/** A page of the partnership's audit log in plain words, newest first, names as the asker's workspace knows them. */
export async function viewHistory(context: CommandContext, partnership: PartnershipRecord, page: number): Promise<HistoryView> {
  const viewer = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const { entries, total } = await context.store.audit.listPage(partnership.id, { skip: (page - 1) * HISTORY_PAGE_SIZE, take: HISTORY_PAGE_SIZE });
  const names = await context.store.audit.findNames(referencesOf(entries), viewer);
  const zone = partnership.timezone;
  return {
    handle: partnership.handle,
    name: partnership.name,
    timezone: zone,
    page,
    pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    total,
    entries: entries.map((entry) => ({
      at: entry.createdAt,
      when: DateTime.fromJSDate(entry.createdAt, { zone }).toFormat("yyyy-MM-dd HH:mm"),
      who: entry.actorId === null ? "Someone" : (names.people.get(entry.actorId) ?? "Someone since forgotten"),
      what: describeAuditEntry(entry, names, zone),
    })),
  };
}

/** The page of history the web shows; null when this workspace cannot see the partnership (an unknown handle looks the same). */
export async function viewVisibleHistory(context: CommandContext, handle: string, page: number): Promise<HistoryView | null> {
  const partnership = await context.store.partnerships.findVisible({ platform: context.actor.platform, workspaceId: context.actor.workspaceId }, handle);
  return partnership === null ? null : viewHistory(context, partnership, page);
}
