import { z } from "zod";
import { UserError } from "../../errors.js";
import { MessageBuilder } from "../../ui/message-builder.js";
import type { Command } from "../command.js";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { formatUsage } from "../format-usage.js";

/** Help needs the whole registry; main wires it in once the list is complete. */
export function createHelpCommand(listCommands: () => Command[]): Command<{ command?: string }> {
  return defineCommand({
    name: "help",
    summary: "What the bot can do, or how to use one command",
    arguments: { command: argument.text("a command name, such as status or metric", { required: false, rest: true, schema: z.string().trim().toLowerCase() }) },
    examples: ["/partner help", "/partner help metric"],
    async handle({ command: wanted }) {
      const commands = listCommands();
      if (wanted === undefined || wanted === "") {
        return new MessageBuilder("Partnership bot: commands")
          .text("Type `/partner <command>`. Anyone here can read; liaisons and coordinators can change a partnership.")
          .list(undefined, commands.map((command) => `${command.name}: ${command.summary}`))
          .context("More on one command: /partner help <command>")
          .build();
      }
      const matching = commands.filter((command) => command.name === wanted || command.name.startsWith(`${wanted} `));
      if (matching.length === 0) {
        throw new UserError("unknown-command", `There is no command \`${wanted}\`. Type \`/partner help\` for the list.`);
      }
      const message = new MessageBuilder(`Help: ${wanted}`);
      for (const command of matching) {
        message.text(`${command.name}: ${command.summary}`).text(formatUsage(command));
        message.list(undefined, command.arguments.map((argument) => `${argument.name}: ${argument.description}${argument.required ? "" : " (optional)"}`));
        if (command.examples.length > 0) message.context(`Example: ${command.examples.join("  ·  ")}`);
      }
      return message.build();
    },
  });
}
