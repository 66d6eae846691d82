import type { AutocompleteInteraction } from "discord.js";
import type { Invocation } from "../../../src/ports/actor.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { DISCORD_LIMITS } from "../discord-limits.js";
import { fitText } from "../fit-text.js";
import { readCommandOptions } from "../partner-command/read-command-options.js";

type Choice = { name: string; value: string };

const matches = (typed: string, ...texts: string[]) => texts.some((text) => text.toLowerCase().includes(typed));

async function suggest(interaction: AutocompleteInteraction, invocation: Invocation, dependencies: DiscordDependencies): Promise<Choice[]> {
  const options = readCommandOptions(interaction.options.data);
  const focused = options?.values.find((value) => value.focused === true);
  const route = options === null ? undefined : dependencies.tree.routes.get(options.path);
  if (focused === undefined || route === undefined) return [];
  const typed = String(focused.value ?? "").trim().toLowerCase();
  const { bot } = dependencies;
  if (route.kind === "command-line") {
    return bot.commands.filter((command) => matches(typed, command.name)).map((command) => ({ name: fitText(`${command.name}: ${command.summary}`, DISCORD_LIMITS.choiceName), value: `${command.name} ` }));
  }
  const option = route.options.find((candidate) => candidate.option === focused.name);
  if (option?.kind === "partnership") {
    const partnerships = await bot.suggestPartnerships(typed, invocation, DISCORD_LIMITS.choices);
    return partnerships.map((partnership) => ({ name: fitText(`${partnership.handle}: ${partnership.name}`, DISCORD_LIMITS.choiceName), value: partnership.handle }));
  }
  const spec = bot.commands.find((command) => command.name === route.command)?.arguments.find((argument) => argument.name === option?.argument);
  return (spec?.choices ?? []).filter((choice) => matches(typed, choice)).map((choice) => ({ name: fitText(choice, DISCORD_LIMITS.choiceName), value: choice }));
}

/** Suggestions while typing: the partnerships this server can see, a long list of choices, command names. */
export async function onAutocomplete(interaction: AutocompleteInteraction, invocation: Invocation, dependencies: DiscordDependencies): Promise<void> {
  const choices = await suggest(interaction, invocation, dependencies);
  await interaction.respond(choices.slice(0, DISCORD_LIMITS.choices));
}
