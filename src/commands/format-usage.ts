import type { ArgumentSpec, Command } from "./command.js";

function formatArgument(argument: ArgumentSpec): string {
  const label = argument.choices ? argument.choices.join("|") : argument.name;
  const shown = argument.rest ? `${label}...` : label;
  return argument.required ? `<${shown}>` : `[${shown}]`;
}

/** "Usage: /partner metric record <partnership> <metric> <value> [note...]" */
export function formatUsage(command: Command): string {
  const parts = [`/partner ${command.name}`, ...command.arguments.map(formatArgument)];
  return `Usage: ${parts.join(" ")}`;
}
