import { schoolYearNamed, schoolYearOf } from "../../domain/school-year.js";

/** The label `renew` proposes: the school year after a school-year term, else the one holding `today` (or the next). */
export function nextTermLabel(current: string, today: string): string {
  const named = schoolYearNamed(current);
  if (named !== null) return schoolYearOf(`${Number(named.from.slice(0, 4)) + 1}-08-01`).label;
  const thisYear = schoolYearOf(today);
  return thisYear.label === current ? schoolYearOf(`${Number(thisYear.from.slice(0, 4)) + 1}-08-01`).label : thisYear.label;
}
