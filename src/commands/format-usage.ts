import type { ArgumentSpec, Command } from "./command.js";

function formatOption(argument: ArgumentSpec): string {
  if (argument.kind === "flag") return `[--${argument.name}]`;
  return `[--${argument.name} ${argument.choices ? argument.choices.join("|") : argument.name}]`;
}

function formatArgument(argument: ArgumentSpec): string {
  const label = argument.choices ? argument.choices.join("|") : argument.name;
  const shown = argument.rest ? `${label}...` : label;
  return argument.required ? `<${shown}>` : `[${shown}]`;
}

/** "Usage: /partner metric record <partnership> <metric> <value> [note...]" */
export function formatUsage(command: Command): string {
  // Optional arguments after a rest argument can only be given by name, and flags always are.
  const restAt = command.arguments.findIndex((argument) => argument.rest === true);
  const parts = [
    `/partner ${command.name}`,
    ...command.arguments.map((argument, index) =>
      argument.kind === "flag" || (!argument.required && restAt !== -1 && index > restAt) ? formatOption(argument) : formatArgument(argument),
    ),
  ];
  return `Usage: ${parts.join(" ")}`;
}
