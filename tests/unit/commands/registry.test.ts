import { z } from "zod";
import { describe, expect, it } from "vitest";
import { collectArguments } from "../../../src/commands/collect-arguments.js";
import type { Command } from "../../../src/commands/command.js";
import { createCommandRegistry } from "../../../src/commands/create-command-registry.js";
import { formatUsage } from "../../../src/commands/format-usage.js";
import { parseArguments } from "../../../src/commands/parse-arguments.js";
import { tokenizeCommandLine } from "../../../src/commands/tokenize-command-line.js";
import { textMessage } from "../../../src/ui/message-builder.js";

const registry = createCommandRegistry();
const commands = registry.all();

/** The object of argument schemas inside a command's schema, under any preprocess or refine. */
function findShape(schema: z.ZodType): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return findShape(schema.in as z.ZodType) ?? findShape(schema.out as z.ZodType);
  return null;
}

/** The enum an argument's string ends up checked against, if any (not inside arrays: a list is text). */
function findEnumOptions(schema: z.ZodType): string[] | null {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return findEnumOptions(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return findEnumOptions(schema.out as z.ZodType) ?? findEnumOptions(schema.in as z.ZodType);
  return null;
}

/** Every way the specs that help, usage and Discord read can disagree with the schema that parses. */
function findDisagreements(command: Command): string[] {
  const shape = findShape(command.schema);
  if (shape === null) return ["its schema has no object of arguments"];
  const problems: string[] = [];
  const specNames = command.arguments.map((argument) => argument.name);
  for (const name of Object.keys(shape)) if (!specNames.includes(name)) problems.push(`${name}: parsed but not declared`);
  for (const spec of command.arguments) {
    const field = shape[spec.name];
    if (field === undefined) {
      problems.push(`${spec.name}: declared but not parsed`);
      continue;
    }
    const optional = field.safeParse(undefined).success;
    if (optional === spec.required) problems.push(`${spec.name}: declared ${spec.required ? "required" : "optional"} but parsed as ${optional ? "optional" : "required"}`);
    const enumOptions = spec.kind === "flag" ? null : findEnumOptions(field);
    if (spec.kind !== "choice" && spec.kind !== "flag" && enumOptions !== null) problems.push(`${spec.name}: parsed as one of ${enumOptions.join(", ")} but not declared a choice`);
    if (spec.kind !== "choice") continue;
    if (enumOptions !== null && enumOptions.join("|") !== (spec.choices ?? []).join("|")) {
      problems.push(`${spec.name}: choices ${(spec.choices ?? []).join(", ")} but parsed as one of ${enumOptions.join(", ")}`);
    }
    for (const choice of spec.choices ?? []) if (!field.safeParse(choice).success) problems.push(`${spec.name}: the choice ${choice} does not parse`);
  }
  return problems;
}

describe("the command registry: each argument declared once", () => {
  it("GIVEN every registered command THEN its argument specs and its schema agree", () => {
    expect(commands.length).toBeGreaterThan(30);
    const disagreements = commands.flatMap((command) => findDisagreements(command).map((problem) => `${command.name}: ${problem}`));
    expect(disagreements).toEqual([]);
  });

  it("GIVEN a command whose specs and schema were written apart THEN the check names each difference", () => {
    const drifted: Command = {
      name: "drifted",
      summary: "specs and schema written twice",
      arguments: [
        { name: "partnership", description: "the handle", kind: "partnership", required: true },
        { name: "note", description: "a note", kind: "text", required: true },
        { name: "kind", description: "which", kind: "choice", required: true, choices: ["a", "b"] },
      ],
      schema: z.object({ partnership: z.string(), note: z.string().optional(), kind: z.enum(["a", "c"]), extra: z.string() }),
      examples: [],
      handle: async () => textMessage("drifted"),
    };
    expect(findDisagreements(drifted)).toEqual([
      "extra: parsed but not declared",
      "note: declared required but parsed as optional",
      "kind: choices a, b but parsed as one of a, c",
      "kind: the choice b does not parse",
    ]);
  });

  it.each(commands.flatMap((command) => command.examples.map((example) => [command.name, example] as const)))(
    "GIVEN the example of %s THEN `%s` parses with the registry",
    (name, example) => {
      const words = tokenizeCommandLine(example);
      expect(words[0]).toBe("/partner");
      const match = registry.match(words.slice(1));
      expect(match?.command.name).toBe(name);
      expect(() => parseArguments(match!.command, collectArguments(match!.command, match!.rest))).not.toThrow();
    },
  );

  it("GIVEN every registered command THEN it has an example, and its usage mentions every argument", () => {
    for (const command of commands) {
      expect(command.examples.length, command.name).toBeGreaterThan(0);
      const usage = formatUsage(command);
      for (const argument of command.arguments) {
        // A positional choice shows its choices ("<updates|reflections>") instead of its name.
        const label = argument.kind === "choice" ? argument.choices!.join("|") : argument.name;
        const mentions = [`--${argument.name}`, `<${label}`, `[${label}`].some((form) => usage.includes(form));
        expect(mentions, `${command.name}: ${argument.name} in ${usage}`).toBe(true);
      }
    }
  });
});
