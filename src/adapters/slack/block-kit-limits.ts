/**
 * Block Kit limits (https://api.slack.com/reference/block-kit): going over any of them makes Slack
 * reject the whole message or view (invalid_blocks), so every piece is cut to size first.
 */
export const blockKitLimits = {
  headerChars: 150,
  sectionChars: 3000,
  fieldChars: 2000,
  fieldsPerSection: 10,
  contextElements: 10,
  buttonsPerActionsBlock: 25,
  buttonLabelChars: 75,
  actionIdChars: 255,
  buttonValueChars: 2000,
  messageBlocks: 50,
  fallbackTextChars: 4000,
  modalTitleChars: 24,
  inputLabelChars: 2000,
  inputHintChars: 2000,
  selectOptions: 100,
  optionTextChars: 75,
  optionValueChars: 150,
  plainTextInputChars: 3000,
} as const;
