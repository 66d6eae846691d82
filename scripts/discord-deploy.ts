import "dotenv/config";
import { deployPartnerCommand } from "../adapters/discord/deploy-partner-command.js";
import { createCommandRegistry } from "../src/commands/create-command-registry.js";
import { ConfigError, readConfig } from "../src/config/read-config.js";

// npm run discord:deploy: registers /partner with Discord, in DISCORD_GUILD_ID's server or globally.

try {
  const config = readConfig();
  if (config.DISCORD_TOKEN === undefined || config.DISCORD_APPLICATION_ID === undefined) {
    throw new ConfigError("Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal: Bot > Reset Token; General Information > Application ID).");
  }
  const result = await deployPartnerCommand(createCommandRegistry().all(), {
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  process.stdout.write(`Registered /partner ${result.scope} with ${result.subcommands.length} subcommands: ${result.subcommands.join(", ")}\n`);
  if (result.viaCommandLine.length > 0) process.stdout.write(`Beyond Discord's limits, typed with /partner more: ${result.viaCommandLine.join(", ")}\n`);
  if (config.DISCORD_GUILD_ID === undefined) process.stdout.write("Global commands can take up to an hour to appear; set DISCORD_GUILD_ID to try it in one server at once.\n");
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
