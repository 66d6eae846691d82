import type { z } from "zod";
import type { Reply } from "../ui/reply.js";
import type { CommandContext } from "./command-context.js";

/** How an argument is typed on platforms that type options (Discord) and how help shows it. */
/** "flag" is a yes/no option: `--anonymous` alone means yes; it is never positional. */
export type ArgumentKind = "partnership" | "text" | "number" | "date" | "time" | "choice" | "user" | "flag";

export interface ArgumentSpec {
  name: string;
  description: string;
  kind: ArgumentKind;
  required: boolean;
  /** Takes every remaining word (only the last argument). */
  rest?: boolean;
  /** For kind "choice". */
  choices?: readonly string[];
}

/**
 * One command: `name` is one word ("status") or a family and a verb ("metric record").
 * `schema` parses the raw strings the adapters collect into `arguments`' names. Both are built by
 * defineCommand (define-command.ts) from one declaration per argument.
 */
export interface Command<Args = any> {
  name: string;
  summary: string;
  arguments: ArgumentSpec[];
  schema: z.ZodType<Args>;
  examples: string[];
  /**
   * The command usually answers with a form. Discord must show a modal as its first response, so it
   * runs such a command before acknowledging it instead of deferring first.
   */
  opensForm?: boolean;
  /**
   * Used a few times a year (fixing a mistake, a yearly change, an undo). Where a platform has room
   * for only some commands (Discord's 25 subcommands, 8,000 characters), these give way first.
   */
  occasional?: boolean;
  handle(args: Args, context: CommandContext): Promise<Reply>;
}
