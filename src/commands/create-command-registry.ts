import { assetCommands } from "./assets/index.js";
import { charterCommands } from "./charter/index.js";
import { checkinCommands } from "./checkin/index.js";
import type { Command } from "./command.js";
import { CommandRegistry } from "./command-registry.js";
import { coreCommands } from "./core/index.js";
import { createHelpCommand } from "./core/help.command.js";
import { lifecycleCommands } from "./lifecycle/index.js";
import { historyCommands } from "./history/index.js";
import { metricCommands } from "./metrics/index.js";
import { milestoneCommands } from "./milestones/index.js";
import { partnerCommands } from "./partners/index.js";
import { erasureCommands, peopleCommands } from "./people/index.js";
import { reflectionCommands } from "./reflections/index.js";
import { reportCommands } from "./reports/index.js";
import { scheduleCommands } from "./schedule/index.js";
import { questionCommands } from "./questions/index.js";
import { surveyCommands } from "./surveys/index.js";
import { templateCommands } from "./templates/index.js";
import { webCommands } from "./web/index.js";
import { undoCommands } from "./undo/index.js";

/** Every command, in the order help lists them. Adding a command: one file plus one line in its family's index. */
export function createCommandRegistry(extra: readonly Command[] = []): CommandRegistry {
  const commands: Command[] = [
    ...coreCommands,
    ...partnerCommands,
    ...charterCommands,
    ...metricCommands,
    ...assetCommands,
    ...milestoneCommands,
    ...checkinCommands,
    ...surveyCommands,
    ...reflectionCommands,
    ...peopleCommands,
    ...webCommands,
    ...reportCommands,
    ...scheduleCommands,
    ...historyCommands,
    // After the everyday commands: past Discord's 25 subcommands, the last ones go to /partner more.
    ...questionCommands,
    ...templateCommands,
    ...undoCommands,
    // Once or twice a year each: past Discord's 25 subcommands, these are the ones typed through `more`.
    ...lifecycleCommands,
    ...erasureCommands,
    ...extra,
  ];
  const registry: CommandRegistry = new CommandRegistry([createHelpCommand(() => registry.all()), ...commands]);
  return registry;
}
