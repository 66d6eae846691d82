import { stripControlCharacters, stripControlCharactersOf } from "../domain/strip-control-characters.js";
import type { Reply } from "../ui/reply.js";
import type { CommandContext } from "./command-context.js";
import type { CommandRegistry } from "./command-registry.js";
import { collectArguments } from "./collect-arguments.js";
import { parseArguments } from "./parse-arguments.js";
import { tokenizeCommandLine } from "./tokenize-command-line.js";

/**
 * Drops the leading "/partner" (or a bare "partner" typed in the console), but keeps "partner" when
 * it starts a command of its own: "partner add ..." is the partner add command.
 */
function withoutCommandName(words: string[], registry: CommandRegistry): string[] {
  const first = words[0]?.toLowerCase();
  if (first === "/partner") return words.slice(1);
  if (first === "partner" && registry.match(words)?.command.name.startsWith("partner ") !== true) return words.slice(1);
  return words;
}

/** A typed line, or a command by name with the raw strings a typed-option platform collected. */
export type CommandRequest = string | { name: string; rawArguments: Record<string, string> };

/**
 * Runs one command. Arguments are parsed before the context is made, so a mistyped command
 * changes nothing (not even a first sight of the person).
 */
export async function runCommandLine(registry: CommandRegistry, request: CommandRequest, createContext: () => Promise<CommandContext>): Promise<Reply> {
  // Every argument of every command passes here, typed or collected, so this is where control characters go.
  if (typeof request !== "string") return runResolved(registry, request.name, stripControlCharactersOf(request.rawArguments), createContext);
  const words = withoutCommandName(tokenizeCommandLine(stripControlCharacters(request)), registry);
  if (words.length === 0) return runResolved(registry, "help", {}, createContext);
  const match = registry.match(words);
  if (match === undefined) return runResolved(registry, "help", {}, createContext, `I don't know the command \`${words[0]}\`.`);
  return runResolved(registry, match.command.name, collectArguments(match.command, match.rest), createContext);
}

async function runResolved(registry: CommandRegistry, name: string, rawArguments: Record<string, string>, createContext: () => Promise<CommandContext>, preface?: string): Promise<Reply> {
  const command = registry.find(name);
  if (command === undefined) return runResolved(registry, "help", {}, createContext, `I don't know the command \`${name}\`.`);
  const args = parseArguments(command, rawArguments);
  const context = await createContext();
  const reply = await command.handle(args, context);
  if (reply.kind !== "message") return reply;
  const before = [...(preface === undefined ? [] : [{ type: "text" as const, text: preface }]), ...context.notices.map((text) => ({ type: "context" as const, text }))];
  return before.length === 0 ? reply : { ...reply, blocks: [...before, ...reply.blocks] };
}
