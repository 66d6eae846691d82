import { GatewayCloseCodes } from "discord.js";

// Gateway close codes after which discord.js stops reconnecting: what the person running the bot must fix.
const FIXES = new Map<number, string>([
  [GatewayCloseCodes.AuthenticationFailed, "Discord rejected DISCORD_TOKEN: copy a fresh one from the Developer Portal (Bot > Reset Token)."],
  [GatewayCloseCodes.DisallowedIntents, "Discord refused the Message Content intent: switch on Bot > Privileged Gateway Intents > Message Content Intent in the Developer Portal."],
  [GatewayCloseCodes.ShardingRequired, "Discord requires sharding now that the bot is in more than 2,500 servers: start it with npm run start:sharded (README, Operate it)."],
]);

/** The fix for a gateway close code that ends the connection for good; undefined for codes discord.js recovers from. */
export function fixForCloseCode(code: number): string | undefined {
  return FIXES.get(code);
}

// How @discordjs/ws words the same failures when login() rejects with them.
const FIX_BY_MESSAGE = new Map<string, number>([
  ["Authentication failed", GatewayCloseCodes.AuthenticationFailed],
  ["Used disallowed intents", GatewayCloseCodes.DisallowedIntents],
  ["Sharding is required", GatewayCloseCodes.ShardingRequired],
]);

/** A failed login as a message that says what to do. */
export function explainStartFailure(error: unknown): Error {
  if ((error as { code?: unknown }).code === "TokenInvalid") return new Error(FIXES.get(GatewayCloseCodes.AuthenticationFailed));
  const code = error instanceof Error ? FIX_BY_MESSAGE.get(error.message) : undefined;
  if (code !== undefined) return new Error(FIXES.get(code));
  return error instanceof Error ? error : new Error(String(error));
}
