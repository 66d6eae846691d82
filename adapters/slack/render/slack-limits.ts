/** Block Kit limits from Slack's reference documentation; the renderers stay inside every one. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  viewTitle: 24,
  viewButton: 24,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInput: 3000,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  privateMetadata: 3000,
  /** A message's fallback `text` (Slack truncates past 40,000; notifications show far less). */
  fallbackText: 3000,
  /**
   * Not documented: Slack answers msg_blocks_too_long once a message's block text passes about
   * 13,200 characters (slackapi/bolt-js#2509), so messages split well before that.
   */
  messageTextBudget: 12_000,
  /** files.completeUploadExternal takes at most 10 files per call. */
  filesPerUpload: 10,
  /** An image's alt text (the `alt_text` of files.getUploadURLExternal). */
  imageAltText: 1000,
  fileTitle: 250,
  /** files.completeUploadExternal's initial_comment, kept to a section's length. */
  fileComment: 3000,
  /** A response_url accepts five messages within 30 minutes. */
  responseUrlUses: 5,
} as const;
