import { z } from "zod";
import { schoolYearNamed, schoolYearOf } from "./school-year.js";

/** A term of a partnership: from `startsOn` to `endsOn`, the day before the next term starts (null: the current term). */
export interface Term {
  /** Null for the implicit first term of a partnership that was never renewed. */
  id: number | null;
  label: string;
  startsOn: string;
  endsOn: string | null;
}

export const TermLabelSchema = z
  .string()
  .trim()
  .min(1, "name the term, such as 2027-28")
  .max(30, "keep the term's name under 30 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ./-]*$/u, "use letters, digits, spaces, dashes, dots or slashes, such as 2027-28 or Spring 2027");

/** The day before `day` (YYYY-MM-DD). */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Terms in order, each ending the day before the next one starts. */
export function chainTerms(rows: readonly { id: number; label: string; startsOn: string }[]): Term[] {
  const sorted = [...rows].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return sorted.map((row, index) => ({ ...row, endsOn: index + 1 < sorted.length ? dayBefore(sorted[index + 1]!.startsOn) : null }));
}

/** The implicit first term: the school year the partnership was created in. */
export function firstTermOf(createdOn: string): Term {
  const year = schoolYearOf(createdOn);
  return { id: null, label: year.label, startsOn: year.from, endsOn: null };
}

/**
 * The days a term's report covers: its own, or for the current term up to the end of the school
 * year it names (or starts in), or today when that is later.
 */
export function termDays(term: Term, today: string): { from: string; to: string } {
  if (term.endsOn !== null) return { from: term.startsOn, to: term.endsOn };
  const planned = schoolYearNamed(term.label)?.to ?? schoolYearOf(term.startsOn).to;
  return { from: term.startsOn, to: planned > today ? planned : today };
}

/** The term a label names, ignoring case and surrounding spaces. */
export function findTerm(terms: readonly Term[], label: string): Term | undefined {
  const wanted = label.trim().toLowerCase();
  return terms.find((term) => term.label.toLowerCase() === wanted);
}
