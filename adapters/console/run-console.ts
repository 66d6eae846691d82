import type { Core } from "../../src/ports/core.js";
import type { Actor, Invocation } from "../../src/ports/actor.js";
import type { Form, Reply } from "../../src/ui/reply.js";
import { askForm, type ReadLine } from "./ask-form.js";
import { createLineReader } from "./create-line-reader.js";
import { renderConsoleMessage } from "./render-console-message.js";

export interface ConsoleOptions {
  bot: Core;
  actor: Actor;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: prompts and a greeting. Otherwise one command per line until end of input. */
  interactive: boolean;
  /** Printed before the first prompt (the dashboard's sign-in link). */
  notice?: string;
}

const MAX_FORM_ATTEMPTS = 3;

async function completeForm(form: Form, bot: Core, invocation: Invocation, readLine: ReadLine, write: (text: string) => void): Promise<void> {
  let fields = form.fields;
  const values: Record<string, string> = {};
  for (let attempt = 1; attempt <= MAX_FORM_ATTEMPTS; attempt++) {
    const answers = await askForm({ ...form, fields }, readLine, write);
    if (answers === undefined) {
      write("The form was not sent: input ended before the last question. Nothing was saved.\n");
      return;
    }
    for (const field of fields) delete values[field.id];
    Object.assign(values, answers);
    const result = await bot.submitForm(form.formId, form.context, values, invocation);
    if (result.kind === "message") {
      write(renderConsoleMessage(result));
      return;
    }
    write(`Please fix:\n${Object.entries(result.errors).map(([id, error]) => `  • ${form.fields.find((f) => f.id === id)?.label ?? id}: ${error}`).join("\n")}\n`);
    fields = form.fields.filter((field) => result.errors[field.id] !== undefined);
  }
  write("The form was not sent after three tries. Nothing was saved.\n");
}

async function show(reply: Reply, bot: Core, invocation: Invocation, readLine: ReadLine, write: (text: string) => void): Promise<void> {
  if (reply.kind === "form") await completeForm(reply, bot, invocation, readLine, write);
  else write(renderConsoleMessage(reply));
}

/** The terminal adapter: type commands with or without the leading /partner; forms become questions. */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { bot, actor, input, output, interactive } = options;
  const write = (text: string) => output.write(text);
  const reader = createLineReader(input, output, interactive);
  const invocation: Invocation = { actor, channelId: "console" };
  if (options.notice !== undefined) write(options.notice);
  if (interactive) write(`Partnership bot (console). You are ${actor.displayName} in workspace "${actor.workspaceId}". Try: list, status robotics-tx, help. Ctrl+D quits.\n`);
  for (;;) {
    const line = await reader.readLine("partner> ");
    if (line === undefined) break;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (trimmed === "exit" || trimmed === "quit") break;
    if (!interactive) write(`> ${trimmed}\n`);
    await show(await bot.runCommandLine(trimmed, invocation), bot, invocation, reader.readLine, write);
  }
  reader.close();
}
