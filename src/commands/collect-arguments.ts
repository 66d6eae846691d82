import { UserError } from "../errors.js";
import type { Command } from "./command.js";
import { formatUsage } from "./format-usage.js";

const FLAG_WORDS = new Set(["yes", "no", "true", "false"]);

/**
 * Maps the words after a command's name to its arguments: positional in order, the last `rest`
 * argument takes what is left, `--name value` (or `--name=value`) sets any argument by name, and a
 * flag argument is `--name` alone (yes) or `--name no`.
 */
export function collectArguments(command: Command, words: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const option = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(word);
    if (option === null) {
      positional.push(word);
      continue;
    }
    const name = option[1]!;
    const spec = command.arguments.find((argument) => argument.name === name);
    if (spec === undefined) {
      throw new UserError("bad-arguments", `\`${command.name}\` has no option --${name}.\n${formatUsage(command)}`);
    }
    if (spec.kind === "flag") {
      const next = words[index + 1]?.toLowerCase();
      const explicit = option[2] ?? (next !== undefined && FLAG_WORDS.has(next) ? words[++index] : undefined);
      values[name] = explicit ?? "yes";
      continue;
    }
    const value = option[2] ?? words[++index];
    if (value === undefined) {
      throw new UserError("bad-arguments", `--${name} needs a value.\n${formatUsage(command)}`);
    }
    values[name] = value;
  }
  const open = command.arguments.filter((argument) => values[argument.name] === undefined && argument.kind !== "flag");
  for (const spec of open) {
    if (positional.length === 0) break;
    values[spec.name] = spec.rest ? positional.splice(0).join(" ") : positional.shift()!;
  }
  if (positional.length > 0) {
    throw new UserError("bad-arguments", `Unexpected \`${positional.join(" ")}\` (put text with spaces in "quotes").\n${formatUsage(command)}`);
  }
  return values;
}
