import { MessageFlags, type Interaction } from "discord.js";
import { APOLOGY } from "../../../src/ui/fixed-answers.js";
import type { DiscordDependencies } from "../discord-dependencies.js";
import { PARTNER_COMMAND } from "../partner-command/build-partner-command.js";
import { readInvocation } from "../read-invocation.js";
import { answerWithText } from "../respond/send-payloads.js";
import { onAutocomplete } from "./on-autocomplete.js";
import { STALE_BUTTON } from "../../../src/ui/fixed-answers.js";
import { onButton } from "./on-button.js";
import { onModalSubmit } from "./on-modal-submit.js";
import { onPartnerCommand, opensForm, UNKNOWN_SUBCOMMAND } from "./on-partner-command.js";

export const OUTSIDE_A_SERVER = "Partnerships live in servers: use `/partner` in a channel of your server, not in a direct message.";

async function route(interaction: Interaction, dependencies: DiscordDependencies): Promise<void> {
  const partnerCommand = interaction.isChatInputCommand() && interaction.commandName === PARTNER_COMMAND;
  // Acknowledged before anything else is read: Discord's 3 seconds are already running.
  const formFirst = partnerCommand && interaction.isChatInputCommand() && opensForm(interaction, dependencies);
  if (partnerCommand && !formFirst) await dependencies.acknowledgements.track(interaction.deferReply({ flags: MessageFlags.Ephemeral }));
  const invocation = readInvocation(interaction);
  if (interaction.isAutocomplete()) {
    if (invocation === null) await interaction.respond([]);
    else await onAutocomplete(interaction, invocation, dependencies);
    return;
  }
  if (!interaction.isRepliable()) {
    // discord.js types every other interaction as repliable; Discord may add new kinds.
    const unexpected = interaction as Interaction;
    dependencies.logger.warn({ interactionId: unexpected.id, type: unexpected.type }, "discord: interaction of an unexpected type ignored");
    return;
  }
  if (invocation === null) return answerWithText(interaction, OUTSIDE_A_SERVER);
  if (partnerCommand && interaction.isChatInputCommand()) return onPartnerCommand(interaction, invocation, dependencies);
  if (interaction.isButton()) return onButton(interaction, invocation, dependencies);
  if (interaction.isModalSubmit()) return onModalSubmit(interaction, invocation, dependencies);
  dependencies.logger.warn({ interactionId: interaction.id, type: interaction.type }, "discord: interaction we did not register answered");
  await interaction.reply({ content: interaction.isCommand() ? UNKNOWN_SUBCOMMAND : STALE_BUTTON, flags: MessageFlags.Ephemeral });
}

/**
 * Every interaction, guarded: a failure in the adapter itself (the core has its own guard) is
 * logged and answered with the one fixed apology, and never takes the process down.
 */
export async function onInteraction(interaction: Interaction, dependencies: DiscordDependencies): Promise<void> {
  try {
    await route(interaction, dependencies);
  } catch (error) {
    dependencies.logger.error({ err: error, interactionId: interaction.id, type: interaction.type }, "discord: interaction failed");
    if (!interaction.isRepliable()) return;
    const answer = { content: APOLOGY, flags: MessageFlags.Ephemeral } as const;
    const sent = interaction.deferred ? interaction.editReply({ content: APOLOGY }) : interaction.replied ? interaction.followUp(answer) : interaction.reply(answer);
    await sent.catch((failure: unknown) => dependencies.logger.warn({ err: failure, interactionId: interaction.id }, "discord: could not send the apology"));
  }
}
