import type { ChatInputCommandInteraction } from "discord.js";
import type { Invocation } from "../../../src/ports/actor.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { readCommandOptions, toRawArguments } from "../partner-command/read-command-options.js";
import { answerWithText } from "../respond/send-payloads.js";
import { answerWithinModalDeadline } from "../respond/answer-within-modal-deadline.js";
import { sendReply } from "../respond/send-reply.js";

export const UNKNOWN_SUBCOMMAND = "I don't know that command any more (the bot was updated since Discord last loaded its list). Type `/partner help`; a server admin can refresh the list with `npm run discord:deploy`.";

/** The command this interaction names, when it answers with a form (see Command.opensForm). */
export function opensForm(interaction: ChatInputCommandInteraction, dependencies: DiscordDependencies): boolean {
  const options = readCommandOptions(interaction.options.data);
  const route = options === null ? undefined : dependencies.tree.routes.get(options.path);
  return route?.kind === "command" && dependencies.bot.commands.find((command) => command.name === route.command)?.opensForm === true;
}

/**
 * `/partner ...`, already acknowledged with an ephemeral deferral (see onInteraction): run in the
 * core once the burst's acknowledgements are out, answered by editing the deferral or following it up.
 * A command that opens a form is not acknowledged yet: its modal has to be the first response.
 */
export async function onPartnerCommand(interaction: ChatInputCommandInteraction, invocation: Invocation, dependencies: DiscordDependencies): Promise<void> {
  const options = readCommandOptions(interaction.options.data);
  const route = options === null ? undefined : dependencies.tree.routes.get(options.path);
  if (options === null || route === undefined) {
    dependencies.logger.warn({ interactionId: interaction.id, options: interaction.options.data.map((option) => option.name) }, "discord: unknown /partner subcommand answered");
    await answerWithText(interaction, UNKNOWN_SUBCOMMAND);
    return;
  }
  if (!interaction.deferred && route.kind === "command") {
    await answerWithinModalDeadline(interaction, dependencies.bot.runCommand(route.command, toRawArguments(route, options.values), invocation), dependencies);
    return;
  }
  await dependencies.acknowledgements.settled();
  const reply =
    route.kind === "command-line"
      ? await dependencies.bot.runCommandLine(String(options.values.find((value) => value.name === "command")?.value ?? ""), invocation)
      : await dependencies.bot.runCommand(route.command, toRawArguments(route, options.values), invocation);
  await sendReply(interaction, reply, dependencies);
}
