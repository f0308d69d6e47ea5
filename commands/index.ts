import type { CommandEntry } from "../src/command-kit/command.js";
import { askCommand } from "./ask.js";
import { communityCommand } from "./community.js";
import { eligibilityCommand } from "./eligibility.js";
import { exclusiveCheckCommand } from "./exclusive-check.js";
import { faqCommand } from "./faq/index.js";
import { helpCommand } from "./help.js";
import { privacyCommand } from "./privacy.js";
import { settingsCommand } from "./settings.js";
import { statusCommand } from "./status.js";

/**
 * The one list of commands every adapter registers. Adding a command: write commands/<name>.ts
 * with defineCommand and add it here.
 */
export const commands: CommandEntry[] = [
  helpCommand,
  askCommand,
  faqCommand,
  statusCommand,
  eligibilityCommand,
  exclusiveCheckCommand,
  settingsCommand,
  communityCommand,
  privacyCommand,
];
