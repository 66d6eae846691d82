/** A blackout as a calendar gives it: its event's key, its days and its title. */
export interface CalendarBlackout {
  key: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

export interface CalendarChanges {
  added: CalendarBlackout[];
  updated: { from: CalendarBlackout; to: CalendarBlackout }[];
  removed: CalendarBlackout[];
  unchanged: number;
}

/**
 * What importing a calendar's blackouts changes against the ones it (or an import before calendars
 * were remembered) made earlier: new events are added, moved or renamed ones updated, and ones no
 * longer in the calendar removed, unless they are over (a past day off stays as history) or still
 * in the calendar outside what was read (`kept`: past the cap, outside the window).
 */
export function planCalendarChanges(existing: readonly CalendarBlackout[], blackouts: readonly CalendarBlackout[], kept: ReadonlySet<string>, today: string): CalendarChanges {
  const before = new Map(existing.map((blackout) => [blackout.key, blackout]));
  const changes: CalendarChanges = { added: [], updated: [], removed: [], unchanged: 0 };
  const wanted = new Set<string>();
  for (const blackout of blackouts) {
    wanted.add(blackout.key);
    const from = before.get(blackout.key);
    if (from === undefined) changes.added.push(blackout);
    else if (from.startsOn === blackout.startsOn && from.endsOn === blackout.endsOn && from.reason === blackout.reason) changes.unchanged++;
    else changes.updated.push({ from, to: blackout });
  }
  for (const blackout of existing) {
    if (!wanted.has(blackout.key) && !kept.has(blackout.key) && blackout.endsOn >= today) changes.removed.push(blackout);
  }
  return changes;
}

/** Whether the changes change anything. */
export function hasCalendarChanges(changes: CalendarChanges): boolean {
  return changes.added.length + changes.updated.length + changes.removed.length > 0;
}
