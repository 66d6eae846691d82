import fc from "fast-check";
import type { ArgumentSpec } from "../../../src/commands/command.js";
import { createCommandRegistry } from "../../../src/commands/create-command-registry.js";
import { plausibleValue } from "./argument-values.js";
import { HANDLES, hostileWord } from "./hostile-text.js";

const commands = createCommandRegistry().all();
const commandWords = [...new Set(commands.flatMap((command) => command.name.split(" ")))];
const optionNames = [...new Set(commands.flatMap((command) => command.arguments.map((argument) => argument.name)))];

/** One word of a command line: a command's words, a handle, an option, or hostile text. */
const word = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...commandWords) },
  { weight: 2, arbitrary: fc.constantFrom(...HANDLES) },
  { weight: 2, arbitrary: fc.constantFrom(...optionNames).map((name) => `--${name}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...optionNames), hostileWord()).map(([name, value]) => `--${name}=${value}`) },
  { weight: 4, arbitrary: hostileWord() },
  { weight: 1, arbitrary: hostileWord().map((value) => `"${value}"`) },
);
const separator = fc.constantFrom(" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u3000");

const quoted = (value: string) => (value === "" || /\s|^["'“‘«]/.test(value) ? `"${value}"` : value);

/** A value for an argument: usually of its kind, sometimes hostile. */
const valueFor = (argument: ArgumentSpec) => fc.oneof({ weight: argument.kind === "partnership" ? 12 : 3, arbitrary: plausibleValue(argument) }, { weight: 1, arbitrary: hostileWord() });

/** A command with its arguments in order (positional, then --options), each value fitting or hostile. */
const wellFormedLine = fc.constantFrom(...commands).chain((command) => {
  const positional = command.arguments.filter((argument) => argument.required);
  const options = command.arguments.filter((argument) => !argument.required);
  return fc
    .tuple(
      fc.constantFrom("", "/partner ", "partner "),
      fc.tuple(...positional.map((argument) => valueFor(argument).map(quoted))),
      fc.subarray(options).chain((chosen) => fc.tuple(...chosen.map((argument) => (argument.kind === "flag" ? fc.constantFrom(`--${argument.name}`, `--${argument.name} no`) : valueFor(argument).map((value) => `--${argument.name} ${quoted(value)}`))))),
      fc.option(word, { freq: 6 }),
    )
    .map(([prefix, values, flags, extra]) => [`${prefix}${command.name}`, ...values, ...flags, ...(extra === null ? [] : [extra])].join(" "));
});

/** Mostly a real command followed by words that fit it or not; sometimes anything at all. */
export const commandLine = fc.oneof(
  { weight: 5, arbitrary: wellFormedLine },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom(...commands)
      .chain((command) => fc.tuple(fc.constant(command.name), fc.array(word, { maxLength: 6 }), separator))
      .map(([name, words, gap]) => `${name}${words.length > 0 ? gap : ""}${words.join(gap)}`),
  },
  { weight: 1, arbitrary: fc.array(word, { maxLength: 8 }).chain((words) => separator.map((gap) => words.join(gap))) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);
