/** One page of a partnership's history: who changed what, newest first, in plain words. */
export interface HistoryView {
  handle: string;
  name: string;
  timezone: string;
  /** Counts from 1; past the last page, `entries` is empty. */
  page: number;
  pageCount: number;
  total: number;
  entries: HistoryEntry[];
}

export interface HistoryEntry {
  at: Date;
  /** "2026-11-23 14:05", in the partnership's time zone. */
  when: string;
  /** A name, or "Someone" when nobody is recorded (an anonymous answer, a message deleted on its platform). */
  who: string;
  /** "changed the metric Club enrollment: target from 35 to 40". */
  what: string;
}
