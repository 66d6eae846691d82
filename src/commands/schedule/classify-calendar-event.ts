/**
 * Words in an event's title that make it a day off. A whole word or phrase must match, so "break"
 * finds "Winter Break" but not "Breakfast with Santa". A partnership changes them with `calendar words`.
 */
export const DEFAULT_CLOSURE_WORDS: readonly string[] = [
  "no school",
  "no classes",
  "school closed",
  "closed",
  "closure",
  "break",
  "holiday",
  "holidays",
  "recess",
  "vacation",
  "snow day",
  "day off",
];

/** CATEGORIES values that mark a day off, whatever the title says. */
const CLOSURE_CATEGORIES = new Set(["holiday", "holidays", "vacation", "no school", "closure", "closed", "school closed", "break", "day off", "no classes", "student holiday", "recess"]);

/**
 * Words that make an event a school day even when its title also has a closure word: "Holiday
 * Concert", "Spring Break Camp", "Last Day Before Winter Break", "Classes Resume After Break".
 */
const SCHOOL_DAY_WORDS: readonly string[] = ["concert", "camp", "program", "performance", "party", "fair", "shop", "market", "drive", "assembly", "celebration", "last day before", "return from", "returns from", "back from", "resume", "resumes", "early release", "early dismissal"];

export interface CalendarEventFacts {
  summary: string;
  categories: readonly string[];
  /** The first line of DESCRIPTION: Google's holiday calendars say "Public holiday" or "Observance" there. */
  description: string;
}

export type Classification = { blackout: true; because: string } | { blackout: false; because: string };

/** Lower case, letters and digits only, single spaces: "No School - Thanksgiving Holiday" is "no school thanksgiving holiday". */
export function normalizeWords(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function findPhrase(title: string, phrases: readonly string[]): string | undefined {
  const padded = ` ${title} `;
  return phrases.find((phrase) => {
    const wanted = normalizeWords(phrase);
    return wanted !== "" && padded.includes(` ${wanted} `);
  });
}

/**
 * Whether an all-day event is a day off (a blackout) or an ordinary school day, and why in words:
 * a closure CATEGORIES value first; then the title (a school-day word wins over a closure word);
 * then Google's "Public holiday" description. Everything else, observances included, is a school day.
 */
export function classifyCalendarEvent(event: CalendarEventFacts, closureWords: readonly string[] = DEFAULT_CLOSURE_WORDS): Classification {
  const category = event.categories.map(normalizeWords).find((value) => CLOSURE_CATEGORIES.has(value));
  if (category !== undefined) return { blackout: true, because: `category ${category.toUpperCase()}` };
  const title = normalizeWords(event.summary);
  const closure = findPhrase(title, closureWords);
  const schoolDay = findPhrase(title, SCHOOL_DAY_WORDS);
  if (closure !== undefined && schoolDay !== undefined) return { blackout: false, because: `"${schoolDay}" makes it a school event` };
  if (closure !== undefined) return { blackout: true, because: `"${closure}" in its title` };
  const description = normalizeWords(event.description);
  if (description.startsWith("public holiday")) return { blackout: true, because: "a public holiday" };
  if (description.startsWith("observance")) return { blackout: false, because: "an observance, not a day off" };
  return { blackout: false, because: "no closure word in its title" };
}
