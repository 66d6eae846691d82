/** Discord's documented limits that the renderer, the modal builder and the command tree respect. */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  /** Title, description, field names and values, footer and author of all embeds of one message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  filesPerMessage: 10,
  /** All attachments of one message together. */
  attachmentBytes: 25 * 1024 * 1024,
  modalInputs: 5,
  modalTitle: 45,
  inputLabel: 45,
  labelDescription: 100,
  inputPlaceholder: 100,
  inputValue: 4000,
  threadName: 100,
  subcommands: 25,
  options: 25,
  choices: 25,
  name: 32,
  /** Names, descriptions and choice values of a command and all its subcommands and options (raised from 4000 in 2024). */
  commandCharacters: 8000,
  description: 100,
  choiceName: 100,
} as const;
