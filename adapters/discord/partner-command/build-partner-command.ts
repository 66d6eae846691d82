import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandGroupOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { ArgumentKind, ArgumentSpec, CommandInfo } from "../../../src/ports/core.js";
import { DISCORD_LIMITS } from "../discord-limits.js";
import { fitText } from "../fit-text.js";

export const PARTNER_COMMAND = "partner";

export interface OptionRoute {
  option: string;
  argument: string;
  kind: ArgumentKind;
}

/** Where a Discord subcommand path ("metric add", "status") leads. */
export type Route = { kind: "command"; command: string; options: OptionRoute[] } | { kind: "command-line" };

export interface PartnerCommandTree {
  body: RESTPostAPIChatInputApplicationCommandsJSONBody;
  routes: Map<string, Route>;
  /** Commands that did not fit Discord's limits: reachable as a typed line through the "more" subcommand. */
  viaCommandLine: string[];
}

type Leaf = { command: CommandInfo; name: string; option: APIApplicationCommandSubcommandOption; route: Route };
type Entry = { kind: "leaf"; leaf: Leaf } | { kind: "group"; name: string; leaves: Leaf[] };

/** Discord names: 1-32 characters, lowercase letters, digits, dashes and underscores. */
export function toDiscordName(text: string): string {
  const name = text.toLowerCase().replace(/[^-_\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, DISCORD_LIMITS.name);
  return name === "" ? "x" : name;
}

type Describe = (text: string) => string;

const describerOf =
  (limit: number): Describe =>
  (text) =>
    fitText(text, limit) || "-";

function buildOption(argument: ArgumentSpec, describe: Describe): APIApplicationCommandBasicOption {
  const base = { name: toDiscordName(argument.name), description: describe(argument.description), required: argument.required };
  switch (argument.kind) {
    case "number":
      return { ...base, type: ApplicationCommandOptionType.Number };
    case "user":
      return { ...base, type: ApplicationCommandOptionType.User };
    case "partnership":
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true };
    case "choice": {
      const choices = argument.choices ?? [];
      if (choices.length > 0 && choices.length <= DISCORD_LIMITS.choices) {
        return { ...base, type: ApplicationCommandOptionType.String, choices: choices.map((choice) => ({ name: fitText(choice, DISCORD_LIMITS.choiceName), value: choice })) };
      }
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: choices.length > 0 };
    }
    case "date":
      return { ...base, type: ApplicationCommandOptionType.String, description: describe(/YYYY-MM-DD/.test(argument.description) ? argument.description : `${argument.description} (YYYY-MM-DD)`) };
    case "time":
      return { ...base, type: ApplicationCommandOptionType.String, description: describe(/HH:MM/i.test(argument.description) ? argument.description : `${argument.description} (HH:MM)`) };
    case "flag":
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    default:
      // "text", and any kind added to the core later: typed as text, which the core parses anyway.
      return { ...base, type: ApplicationCommandOptionType.String };
  }
}

/** A command as a subcommand, or null when its options do not fit Discord (too many, clashing names). */
function buildLeaf(command: CommandInfo, name: string, describe: Describe): Leaf | null {
  // Discord lists required options first; values are matched by name, so the order is free.
  const ordered = [...command.arguments].sort((a, b) => Number(b.required) - Number(a.required));
  const options = ordered.map((argument) => buildOption(argument, describe));
  if (options.length > DISCORD_LIMITS.options || new Set(options.map((option) => option.name)).size !== options.length) return null;
  return {
    command,
    name,
    option: { type: ApplicationCommandOptionType.Subcommand, name, description: describe(command.summary), options },
    route: { kind: "command", command: command.name, options: ordered.map((argument, index) => ({ option: options[index]!.name, argument: argument.name, kind: argument.kind })) },
  };
}

function groupEntries(commands: readonly CommandInfo[], overflow: CommandInfo[], describe: Describe): Entry[] {
  const groupNames = new Set(commands.filter((command) => command.name.trim().includes(" ")).map((command) => toDiscordName(command.name.split(" ")[0]!)));
  const entries: Entry[] = [];
  const groups = new Map<string, Extract<Entry, { kind: "group" }>>();
  for (const command of commands) {
    const [first, ...others] = command.name.trim().split(/\s+/);
    const family = toDiscordName(first!);
    if (others.length === 0 && !groupNames.has(family)) {
      const leaf = buildLeaf(command, family, describe);
      if (leaf === null) overflow.push(command);
      else entries.push({ kind: "leaf", leaf });
      continue;
    }
    let group = groups.get(family);
    if (group === undefined) {
      group = { kind: "group", name: family, leaves: [] };
      groups.set(family, group);
      entries.push(group);
    }
    // A one-word command that shares its name with a family ("schedule" next to "schedule set") is the family's "show".
    const wanted = others.length === 0 ? "show" : toDiscordName(others.join("-"));
    const name = group.leaves.some((leaf) => leaf.name === wanted) ? toDiscordName(command.name) : wanted;
    const leaf = buildLeaf(command, name, describe);
    if (leaf === null || group.leaves.length >= DISCORD_LIMITS.subcommands || group.leaves.some((other) => other.name === name)) overflow.push(command);
    else group.leaves.push(leaf);
  }
  return entries;
}

// A margin below Discord's 8000, in case its count differs from ours in some detail: a refused
// registration would leave the server without /partner until the next deploy.
const CHARACTER_BUDGET = Math.floor(DISCORD_LIMITS.commandCharacters * 0.95);

/** What Discord counts against a command's character budget: names, descriptions and string values. */
export function countCommandCharacters(option: { name?: string; description?: string; value?: unknown; options?: unknown[]; choices?: unknown[] }): number {
  const own = (option.name?.length ?? 0) + (option.description?.length ?? 0) + (typeof option.value === "string" ? option.value.length : 0);
  const children = [...(option.options ?? []), ...(option.choices ?? [])] as Parameters<typeof countCommandCharacters>[0][];
  return children.reduce((sum, child) => sum + countCommandCharacters(child), own);
}

/**
 * `/partner` from the command registry: one-word commands are subcommands, two-word ones ("metric
 * add") a subcommand group and a subcommand, arguments typed options (partnerships autocompleted).
 * Whatever exceeds Discord's limits (25 subcommands or groups, 25 options, 8000 characters in all,
 * after shortening descriptions) is still reachable as `/partner more command:"<command line>"`.
 */
export function buildPartnerCommand(commands: readonly CommandInfo[]): PartnerCommandTree {
  const all = fitTree(commands, []);
  const everydayLeftOut = (tree: PartnerCommandTree) => tree.viaCommandLine.filter((name) => commands.find((command) => command.name === name)?.occasional !== true).length;
  if (everydayLeftOut(all) === 0) return all;
  // Too little room: the occasional commands (fixes, yearly changes, undos) are typed through more first.
  const everyday = fitTree(commands.filter((command) => command.occasional !== true), commands.filter((command) => command.occasional === true));
  return everydayLeftOut(everyday) < everydayLeftOut(all) ? everyday : all;
}

function fitTree(commands: readonly CommandInfo[], leftOut: readonly CommandInfo[]): PartnerCommandTree {
  for (const descriptionLimit of [DISCORD_LIMITS.description, 72, 48, 32]) {
    const tree = buildTree(commands, leftOut, descriptionLimit, DISCORD_LIMITS.subcommands);
    if (countCommandCharacters(tree.body) <= CHARACTER_BUDGET) return tree;
  }
  for (let keep = DISCORD_LIMITS.subcommands - 1; keep > 0; keep--) {
    const tree = buildTree(commands, leftOut, 32, keep);
    if (countCommandCharacters(tree.body) <= CHARACTER_BUDGET) return tree;
  }
  throw new Error("The command registry cannot be expressed as a Discord command");
}

function buildTree(commands: readonly CommandInfo[], leftOut: readonly CommandInfo[], descriptionLimit: number, mostEntries: number): PartnerCommandTree {
  const describe = describerOf(descriptionLimit);
  const overflow: CommandInfo[] = [];
  let entries = groupEntries(commands, overflow, describe);
  const taken = new Set(entries.map((entry) => (entry.kind === "leaf" ? entry.leaf.name : entry.name)));
  const moreName = taken.has("more") ? "more-commands" : "more";
  if (entries.length > mostEntries || overflow.length + leftOut.length > 0) {
    const kept = Math.min(mostEntries, DISCORD_LIMITS.subcommands) - 1;
    for (const entry of entries.slice(kept)) overflow.push(...(entry.kind === "leaf" ? [entry.leaf.command] : entry.leaves.map((leaf) => leaf.command)));
    entries = entries.slice(0, kept);
  }
  const routes = new Map<string, Route>();
  const options: (APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption)[] = entries.map((entry) => {
    if (entry.kind === "leaf") {
      routes.set(entry.leaf.name, entry.leaf.route);
      return entry.leaf.option;
    }
    for (const leaf of entry.leaves) routes.set(`${entry.name} ${leaf.name}`, leaf.route);
    const summary = `${entry.name}: ${entry.leaves.map((leaf) => leaf.name).join(", ")}`;
    return { type: ApplicationCommandOptionType.SubcommandGroup, name: entry.name, description: describe(summary), options: entry.leaves.map((leaf) => leaf.option) };
  });
  overflow.push(...leftOut);
  if (overflow.length > 0) {
    routes.set(moreName, { kind: "command-line" });
    options.push({
      type: ApplicationCommandOptionType.Subcommand,
      name: moreName,
      description: describe(`More commands, typed as a line: ${overflow.map((command) => command.name).join(", ")}`),
      options: [{ type: ApplicationCommandOptionType.String, name: "command", description: describe("the command and its arguments, as in /partner help"), required: true, autocomplete: true }],
    });
  }
  return {
    body: {
      type: ApplicationCommandType.ChatInput,
      name: PARTNER_COMMAND,
      description: describe("Keep STEM partnerships on track: status, check-ins, charters, metrics, milestones"),
      contexts: [InteractionContextType.Guild],
      integration_types: [ApplicationIntegrationType.GuildInstall],
      options,
    },
    routes,
    viaCommandLine: overflow.map((command) => command.name),
  };
}
