import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from "discord.js";
import type { CommandEntry } from "../../command-kit/command.js";
import { discordCommandsJson } from "./command-json.js";

export interface RegistrationTarget {
  token: string;
  applicationId: string;
  /** One guild (instant, for development); globally when absent (may take a while to show). */
  guildId?: string;
  apiUrl?: string;
}

export interface RegistrationOutcome {
  scope: "guild" | "global";
  names: string[];
}

/**
 * Replaces the application's registered commands with exactly the ones in the code (a bulk
 * overwrite: commands removed from the code disappear from Discord too).
 */
export async function registerDiscordCommands(
  target: RegistrationTarget,
  commands: readonly CommandEntry[],
): Promise<RegistrationOutcome> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  const registered = (await rest.put(route, {
    body: discordCommandsJson(commands),
  })) as RESTPutAPIApplicationCommandsResult;
  return { scope: target.guildId ? "guild" : "global", names: registered.map((command) => command.name) };
}
