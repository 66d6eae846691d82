import type { z } from "zod";
import { UserError } from "../errors.js";
import type { Command } from "./command.js";
import { formatUsage } from "./format-usage.js";

function describeIssue(issue: z.core.$ZodIssue, command: Command): string {
  const name = String(issue.path[0] ?? "");
  const spec = command.arguments.find((argument) => argument.name === name);
  if (spec === undefined) return issue.message;
  if (issue.code === "invalid_type" && issue.input === undefined) return `<${name}> is missing: ${spec.description}.`;
  return `<${name}>: ${issue.message}`;
}

/** Validates collected argument strings with the command's schema; a failure names the argument. */
export function parseArguments<Args>(command: Command<Args>, raw: Record<string, string>): Args {
  const result = command.schema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => describeIssue(issue, command));
  throw new UserError("bad-arguments", `${problems.join("\n")}\n${formatUsage(command)}`);
}
