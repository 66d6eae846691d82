import { consoleConventions } from "../../adapters/console/console-conventions.js";
import { discordConventions } from "../../adapters/discord/discord-conventions.js";
import { slackConventions } from "../../adapters/slack/slack-conventions.js";

/** Every adapter's way of naming people, as main.ts gives them to the core. */
export const ALL_CONVENTIONS = [consoleConventions, slackConventions, discordConventions];
