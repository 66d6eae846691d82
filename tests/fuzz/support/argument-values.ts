import fc from "fast-check";
import type { ArgumentSpec } from "../../../src/commands/command.js";
import { DATES, HANDLES, HOSTILE_NUMBERS, MENTIONS, TIMES, CALENDARS, hostileWord } from "./hostile-text.js";

// Values the seeded demo knows, so generated arguments often reach the handler's real work.
const ORGANIZATIONS = ["Lincoln Middle School", "Ridgeline Engineering", "Brightfield Solar", "Codewise", "lincoln", "Nobody Inc"];
const METRIC_KEYS = ["enrollment", "mentor-hours", "confidence", "kwh", "apps", "Enrollment", "no-such-metric"];
const SMALL_NUMBERS = ["0", "1", "2", "3", "7", "42", "3.5", "-1", "50%", "100"];
const NAMES = ["Maria Alvarez", "Dev Patel", "dev.patel", "Somebody New", "visitor", "Demo Coordinator"];
const TIMEZONES = ["America/Chicago", "Europe/Berlin", "UTC", "Mars/Olympus", "+05:00", "america/chicago"];

/** A value of the right kind for an argument: what a person would type. */
export function plausibleValue(spec: ArgumentSpec): fc.Arbitrary<string> {
  switch (spec.kind) {
    case "partnership":
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HANDLES) }, { weight: 1, arbitrary: fc.constantFrom("robotic-tx", "fuzz-new", "elsewhere-one", "ROBOTICS-TX") });
    case "number":
      return fc.oneof(fc.constantFrom(...SMALL_NUMBERS), fc.integer({ min: -5, max: 60 }).map(String));
    case "date":
      return fc.constantFrom(...DATES.slice(0, 3), "2027-02-06", "2027-05-31");
    case "time":
      return fc.constantFrom(...TIMES.slice(0, 3), "15:30");
    case "choice":
      return fc.constantFrom(...(spec.choices ?? ["x"])).chain((choice) => fc.constantFrom(choice, choice.toUpperCase(), ` ${choice} `));
    case "user":
      return fc.constantFrom(...MENTIONS.slice(0, 3), ...NAMES);
    case "flag":
      return fc.constantFrom("yes", "no", "true", "false");
    case "text":
      return textFor(spec);
  }
}

function textFor(spec: ArgumentSpec): fc.Arbitrary<string> {
  const description = spec.description.toLowerCase();
  if (/organi[sz]ation|partner/.test(description)) return fc.constantFrom(...ORGANIZATIONS);
  if (/metric/.test(description) || spec.name === "key") return fc.constantFrom(...METRIC_KEYS);
  if (/milestone/.test(description)) return fc.constantFrom("1", "2", "3", "6", "Kickoff build night", "999");
  if (/time ?zone/.test(description)) return fc.constantFrom(...TIMEZONES);
  if (/calendar|\.ics|address/.test(description)) return fc.constantFrom(...CALENDARS);
  if (/handle/.test(description)) return fc.constantFrom("fuzz-new", "robotics-tx", "a", "x".repeat(41));
  if (/code/.test(description)) return fc.constantFrom("ABCD-EFGH", "ABCDEFGH", "abcd-2345");
  return fc.oneof(fc.constantFrom("Winter break", "Mentors weekly", "R&D night", "after the fall recruiting night"), fc.string({ minLength: 1, maxLength: 30 }));
}

/** A value of some other kind, or hostile text: what an attacker or a slip of the keyboard sends. */
export function wrongValue(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: hostileWord() },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "\t", "\n", "--", "--x", "—") },
  );
}

/** Raw arguments for a command: each declared argument right, wrong or left out, plus now and then one it does not have. */
export function argumentsFor(specs: readonly ArgumentSpec[]): fc.Arbitrary<Record<string, string>> {
  const entries = specs.map((spec) =>
    fc.oneof({ weight: 6, arbitrary: plausibleValue(spec) }, { weight: 2, arbitrary: wrongValue() }, { weight: spec.required ? 1 : 3, arbitrary: fc.constant(undefined) }).map((value) => [spec.name, value] as const),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom("bogus", "__proto__", "constructor", "toString"), wrongValue()), { freq: 8 });
  return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
    const raw: Record<string, string> = {};
    for (const [name, value] of pairs) if (value !== undefined) raw[name] = value;
    if (more !== null) Object.defineProperty(raw, more[0], { value: more[1], enumerable: true, writable: true, configurable: true });
    return raw;
  });
}
