/** A school year runs August 1 to July 31: the one that holds `day` (YYYY-MM-DD). */
export function schoolYearOf(day: string): { from: string; to: string; label: string } {
  const year = Number(day.slice(0, 4));
  const startYear = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return { from: `${startYear}-08-01`, to: `${startYear + 1}-07-31`, label: `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}` };
}

/** The school year a label such as "2027-28" names, or null for another kind of label ("Spring 2027"). */
export function schoolYearNamed(label: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (match === null) return null;
  const startYear = Number(match[1]);
  if ((startYear + 1) % 100 !== Number(match[2])) return null;
  return { from: `${startYear}-08-01`, to: `${startYear + 1}-07-31` };
}
