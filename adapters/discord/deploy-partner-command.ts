import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from "discord.js";
import type { CommandInfo } from "../../src/ports/core.js";
import { buildPartnerCommand } from "./partner-command/build-partner-command.js";

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** One server: the command appears at once. Without it: globally (Discord may take up to an hour). */
  guildId?: string;
  apiUrl?: string;
}

/**
 * Registers `/partner` (replacing the application's commands in that scope). Run it after the
 * command list changes, not on every start: Discord limits command creations per day.
 */
export async function deployPartnerCommand(commands: readonly CommandInfo[], options: DeployOptions): Promise<{ scope: string; subcommands: string[]; viaCommandLine: string[] }> {
  const tree = buildPartnerCommand(commands);
  const rest = new REST(options.apiUrl === undefined ? {} : { api: options.apiUrl }).setToken(options.token);
  const route = options.guildId === undefined ? Routes.applicationCommands(options.applicationId) : Routes.applicationGuildCommands(options.applicationId, options.guildId);
  (await rest.put(route, { body: [tree.body] })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId === undefined ? "globally" : `in server ${options.guildId}`, subcommands: [...tree.routes.keys()], viaCommandLine: tree.viaCommandLine };
}
