import type { Clock } from "./clock.js";
import { Access, type ConfiguredCoordinators } from "./commands/access.js";
import type { CommandContext, Invocation } from "./commands/command-context.js";
import type { CommandRegistry } from "./commands/command-registry.js";
import { collectArguments } from "./commands/collect-arguments.js";
import { parseArguments } from "./commands/parse-arguments.js";
import { tokenizeCommandLine } from "./commands/tokenize-command-line.js";
import { APOLOGY, UserError } from "./errors.js";
import type { ActionHandler, FormHandler } from "./forms/interaction-handlers.js";
import type { Logger } from "./logging/create-logger.js";
import type { Store } from "./store/create-store.js";
import { MessageBuilder } from "./ui/message-builder.js";
import type { Message, Reply, SubmitResult } from "./ui/reply.js";

export interface BotDependencies {
  store: Store;
  clock: Clock;
  registry: CommandRegistry;
  forms: readonly FormHandler[];
  actions: readonly ActionHandler[];
  configuredCoordinators: ConfiguredCoordinators;
  logger: Logger;
  /** Where the web dashboard is reached (PUBLIC_URL); links in replies start with it. */
  publicUrl?: string;
}

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

/**
 * The core's one entry point for adapters: commands, button actions and form submissions in,
 * neutral replies out. A UserError becomes an ephemeral message that says what to do; anything
 * else is logged and answered with one fixed apology.
 */
export class Bot {
  constructor(readonly dependencies: BotDependencies) {}

  get registry(): CommandRegistry {
    return this.dependencies.registry;
  }

  /** "/partner status robotics-tx", "status robotics-tx" or "" (help). */
  async runCommandLine(line: string, invocation: Invocation): Promise<Reply> {
    return this.guard("command", invocation, { line }, async () => {
      const words = withoutCommandName(tokenizeCommandLine(line), this.registry);
      if (words.length === 0) return this.runResolved("help", {}, invocation);
      const match = this.registry.match(words);
      if (match === undefined) {
        return this.runResolved("help", {}, invocation, `I don't know the command \`${words[0]}\`.`);
      }
      return this.runResolved(match.command.name, collectArguments(match.command, match.rest), invocation);
    });
  }

  /** A command by name with raw argument strings, as typed-option platforms (Discord) collect them. */
  async runCommand(name: string, rawArguments: Record<string, string>, invocation: Invocation): Promise<Reply> {
    return this.guard("command", invocation, { name }, () => this.runResolved(name, rawArguments, invocation));
  }

  async runAction(action: string, value: string, invocation: Invocation): Promise<Reply> {
    return this.guard("action", invocation, { action }, async () => {
      const handler = this.dependencies.actions.find((candidate) => candidate.action === action);
      if (handler === undefined) throw new UserError("unsupported", "That button no longer does anything. Type `/partner help` to see what you can do.");
      return handler.handle(value, await this.createContext(invocation));
    });
  }

  async submitForm(formId: string, context: string, values: Record<string, string>, invocation: Invocation): Promise<SubmitResult> {
    return this.guard("form", invocation, { formId }, async () => {
      const handler = this.dependencies.forms.find((candidate) => candidate.formId === formId);
      if (handler === undefined) throw new UserError("unsupported", "That form has expired. Open it again from its command or button.");
      return handler.handle(context, values, await this.createContext(invocation));
    });
  }

  /** The context handlers get: who is asking, resolved to a person, with their permissions. */
  async createContext(invocation: Invocation): Promise<CommandContext> {
    const { store, clock, configuredCoordinators } = this.dependencies;
    const person = await store.people.resolveActor(invocation.actor);
    const access = new Access(store, invocation.actor, person, configuredCoordinators);
    return { ...invocation, store, clock, person, access, publicUrl: this.dependencies.publicUrl };
  }

  private async runResolved(name: string, rawArguments: Record<string, string>, invocation: Invocation, preface?: string): Promise<Reply> {
    const command = this.registry.find(name);
    if (command === undefined) {
      return this.runResolved("help", {}, invocation, `I don't know the command \`${name}\`.`);
    }
    const args = parseArguments(command, rawArguments);
    const reply = await command.handle(args, await this.createContext(invocation));
    if (preface === undefined || reply.kind !== "message") return reply;
    return { ...reply, blocks: [{ type: "text", text: preface }, ...reply.blocks] };
  }

  private async guard<T extends Reply | SubmitResult>(
    kind: string,
    invocation: Invocation,
    details: Record<string, unknown>,
    work: () => Promise<T>,
  ): Promise<T | Message> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserError) {
        return { ...new MessageBuilder().text(error.message).build(), error: error.code };
      }
      const { actor } = invocation;
      this.dependencies.logger.error(
        { err: error, kind, ...details, platform: actor.platform, workspaceId: actor.workspaceId, userId: actor.userId },
        "request failed",
      );
      return { ...new MessageBuilder().text(APOLOGY).build(), error: "internal" };
    }
  }
}
