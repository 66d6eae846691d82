import { calendarDateIn } from "../../domain/calendar-date.js";
import { findTerm, termDays } from "../../domain/terms.js";
import { UserError } from "../../errors.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { TermGoal } from "../../store/terms-repository.js";
import type { ReportTerm } from "../../ui/reports/report.js";
import type { CommandContext } from "../command-context.js";

export interface ReportTermScope {
  term: ReportTerm;
  from: string;
  to: string;
  /** A past term's goals; the current term and "all" read the metrics as they are. */
  goals?: ReadonlyMap<number, TermGoal>;
}

/** The days and goals of a partnership's report for one term (default: the current one) or for all of them. */
export async function resolveReportTerm(context: CommandContext, partnership: PartnershipRecord, wanted: string | undefined): Promise<ReportTermScope> {
  const today = calendarDateIn(context.clock.now(), partnership.timezone);
  const terms = await context.store.terms.list(partnership.id);
  const labels = terms.map((term) => term.label);
  if (wanted?.trim().toLowerCase() === "all") {
    return { term: { label: "all terms", all: true, terms: labels }, from: terms[0]!.startsOn, to: termDays(terms.at(-1)!, today).to };
  }
  const term = wanted === undefined || wanted.trim() === "" ? terms.at(-1)! : findTerm(terms, wanted);
  if (term === undefined) {
    throw new UserError("bad-arguments", `${partnership.handle} has no term "${wanted!.slice(0, 30)}". Its terms: ${labels.join(", ")}; or --term all for every one.`);
  }
  const days = termDays(term, today);
  const goals = term.endsOn !== null && term.id !== null ? await context.store.terms.goalsOf(term.id) : undefined;
  return { term: { label: term.label, all: false, terms: labels }, ...days, ...(goals === undefined ? {} : { goals }) };
}
