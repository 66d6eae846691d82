import { z } from "zod";
import type { Reply } from "../ui/reply.js";
import type { ArgumentSpec, Command } from "./command.js";
import type { CommandContext } from "./command-context.js";
import type { Argument } from "./define-arguments.js";

export type ArgumentShape = Record<string, Argument>;

type SchemaShape<A extends ArgumentShape> = { [K in keyof A]: A[K]["schema"] };

/** What the arguments parse to before any cross-argument `refine`. */
export type ParsedArguments<A extends ArgumentShape> = z.output<z.ZodObject<SchemaShape<A>>>;

export interface CommandDefinition<A extends ArgumentShape, Args> {
  name: string;
  summary: string;
  /**
   * Each argument once, in positional order (the order the words are read in). Names are the keys,
   * so they must not look like numbers: JavaScript would move such keys to the front.
   */
  arguments: A;
  examples: string[];
  opensForm?: boolean;
  /** See Command.occasional. */
  occasional?: boolean;
  /** Rewrites the collected strings before parsing, for one argument typed inside another. */
  prepare?: (raw: Record<string, unknown>) => Record<string, unknown>;
  /**
   * Rules across arguments, after each parsed on its own: returns what the handler gets, or reports
   * with `context.addIssue` (path: the argument, so the message names it) and returns z.NEVER.
   */
  refine?: (args: ParsedArguments<A>, context: z.RefinementCtx) => Args;
  handle(args: Args, context: CommandContext): Promise<Reply>;
}

/**
 * A command whose `arguments` (help, usage, Discord options) and `schema` (parsing) both come from
 * one declaration per argument (tests/commands/registry.test.ts checks the schemas commands supply).
 */
export function defineCommand<const A extends ArgumentShape, Args = ParsedArguments<A>>(definition: CommandDefinition<A, Args>): Command<Args> {
  const { arguments: declared, prepare, refine, ...rest } = definition;
  const specs: ArgumentSpec[] = Object.entries(declared).map(([name, argument]) => ({ name, ...argument.spec }));
  const shape = Object.fromEntries(Object.entries(declared).map(([name, argument]) => [name, argument.schema])) as SchemaShape<A>;
  const object = z.object(shape);
  const prepared = prepare === undefined ? object : z.preprocess((raw) => (typeof raw === "object" && raw !== null ? prepare(raw as Record<string, unknown>) : raw), object);
  const schema = refine === undefined ? prepared : prepared.transform((args, context) => refine(args as ParsedArguments<A>, context));
  return { ...rest, arguments: specs, schema: schema as z.ZodType<Args> };
}
