import type { CommandContext } from "../commands/command-context.js";
import type { Reply, SubmitResult } from "../ui/reply.js";

/** Handles a submitted form; `context` is the short string the form carried. */
export interface FormHandler {
  formId: string;
  handle(context: string, values: Record<string, string>, command: CommandContext): Promise<SubmitResult>;
}

/** Handles a button click; `value` is the button's short argument. */
export interface ActionHandler {
  action: string;
  handle(value: string, command: CommandContext): Promise<Reply>;
}
