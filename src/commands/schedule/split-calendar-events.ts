import { UserError } from "../../errors.js";

/** One VEVENT as it appears in the file, its lines unfolded, from BEGIN:VEVENT to END:VEVENT. */
export interface CalendarBlock {
  lines: string[];
  /** Where it starts in the file, for the reply to point at. */
  line: number;
}

export interface BrokenEvent {
  /** Its title when it has one, else where it starts: `the event on line 57`. */
  what: string;
  reason: string;
}

export interface SplitCalendar {
  /** X-WR-CALNAME, what calendar apps show as the calendar's name; "" without one. */
  name: string;
  events: CalendarBlock[];
  broken: BrokenEvent[];
}

/**
 * A pasted calendar whose line breaks became spaces (a one-line console command) gets them back
 * before each property name; text with real line breaks is left alone.
 */
function restoreLineBreaks(text: string): string {
  // Real line breaks: a file, whose \n are escapes inside values (DESCRIPTION:Observance\nTo hide...).
  if (/[\r\n]/.test(text)) return text;
  const unescaped = text.replace(/\\r\\n|\\n/g, "\n");
  if (/[\r\n]/.test(unescaped)) return unescaped;
  return unescaped.replace(/\s+(?=(BEGIN|END|[A-Z][A-Z0-9-]*)[;:])/g, "\n");
}

/** Content lines with RFC 5545 folding undone (a line break followed by a space or tab continues the line). */
function unfold(text: string): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  restoreLineBreaks(text.replace(/^\uFEFF/, ""))
    .split(/\r\n|\n|\r/)
    .forEach((physical, index) => {
      const last = lines.at(-1);
      if (last !== undefined && (physical.startsWith(" ") || physical.startsWith("\t"))) last.text += physical.slice(1);
      else if (physical.trim() !== "") lines.push({ text: physical.trimEnd(), line: index + 1 });
    });
  return lines;
}

const isLine = (line: string, name: string, value: string) => new RegExp(`^${name}:${value}$`, "i").test(line.trim());

/** An event named for the reply: its title and line, `"Winter Break" (line 57)`, or its line alone. */
export function describeBlock(block: CalendarBlock): string {
  const summary = block.lines.find((line) => /^SUMMARY[;:]/i.test(line));
  const value = summary?.slice(summary.indexOf(":") + 1).replace(/\\([,;\\])/g, "$1").trim();
  return value ? `"${value.slice(0, 100)}" (line ${block.line})` : `the event on line ${block.line}`;
}

/**
 * A calendar's events, each on its own, so one broken event does not cost the others: an event cut
 * off (the file ends, or another starts, before its END:VEVENT) is reported, not read. Text that is
 * not a calendar at all is refused.
 */
export function splitCalendarEvents(text: string): SplitCalendar {
  const lines = unfold(text);
  if (lines.length === 0 || !isLine(lines[0]!.text, "BEGIN", "VCALENDAR")) {
    throw new UserError("bad-arguments", "That is not an iCalendar file I can read (it does not start with BEGIN:VCALENDAR). Nothing was imported. Export the school calendar as .ics and give its address, or paste the file whole.");
  }
  const split: SplitCalendar = { name: "", events: [], broken: [] };
  let open: CalendarBlock | null = null;
  let nested = 0;
  const cutOff = (reason: string) => {
    if (open !== null) split.broken.push({ what: describeBlock(open), reason });
    open = null;
    nested = 0;
  };
  for (const { text: line, line: number } of lines.slice(1)) {
    if (open === null) {
      if (isLine(line, "BEGIN", "VEVENT")) open = { lines: [line], line: number };
      else if (/^X-WR-CALNAME[;:]/i.test(line) && split.name === "") split.name = line.slice(line.indexOf(":") + 1).trim().slice(0, 100);
      continue;
    }
    if (isLine(line, "BEGIN", "VEVENT") && nested === 0) {
      cutOff("a new event starts before its END:VEVENT");
      open = { lines: [line], line: number };
    } else if (isLine(line, "END", "VCALENDAR")) {
      cutOff("the calendar ends before its END:VEVENT");
    } else if (isLine(line, "END", "VEVENT") && nested === 0) {
      const block: CalendarBlock = open;
      block.lines.push(line);
      split.events.push(block);
      open = null;
    } else {
      if (/^BEGIN:/i.test(line)) nested++;
      else if (/^END:/i.test(line)) nested = Math.max(0, nested - 1);
      open.lines.push(line);
    }
  }
  cutOff("the file stops in the middle of it");
  return split;
}
