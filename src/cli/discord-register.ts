import { commands } from "../../commands/index.js";
import { describeError } from "../adapters/discord/describe-error.js";
import { registerDiscordCommands } from "../adapters/discord/register-commands.js";
import { loadConfig } from "../config.js";
import { StartupError } from "../startup-error.js";

/** `npm run discord:register`: makes Discord's command list equal the code's. */
async function main(): Promise<number> {
  const config = loadConfig(process.env);
  if (!config.discord) {
    throw new StartupError(
      "Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID to register to one server while developing).",
    );
  }
  const outcome = await registerDiscordCommands(config.discord, commands);
  const where = outcome.scope === "guild" ? `server ${config.discord.guildId}` : "every server (global)";
  process.stdout.write(
    `Registered ${outcome.names.length} commands for ${where}:\n${outcome.names.map((name) => `- ${name}`).join("\n")}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof StartupError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const details = describeError(error);
    process.stderr.write(
      `Registration failed: ${String(details.message)}${details.status ? ` (HTTP ${String(details.status)})` : ""}\n`,
    );
    process.exitCode = 1;
  },
);
