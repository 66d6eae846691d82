import type { Command } from "../command.js";
import { checkinCommand } from "./checkin.command.js";

export const checkinCommands: Command[] = [checkinCommand];
