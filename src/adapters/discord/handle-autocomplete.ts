import type { AutocompleteInteraction } from "discord.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { statusIds } from "../../core/rules/ruleset-schema.js";
import { discordOptionFields } from "./command-json.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { discordOptionName } from "./discord-option-name.js";
import { rankAutocompleteChoices } from "./rank-autocomplete-choices.js";
import { truncateText } from "./truncate-text.js";

/** Offers FAQ slugs, status ids, or a long choice list as the member types; best match first. */
export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const words = [interaction.commandName, interaction.options.getSubcommand(false)].filter(
    (word): word is string => typeof word === "string",
  );
  const focused = interaction.options.getFocused(true);
  const resolution = resolveCommand(deps.commands, words);
  const field =
    resolution.kind === "found"
      ? discordOptionFields(resolution.command, resolution.path).find(
          (candidate) => discordOptionName(candidate.name) === focused.name,
        )
      : undefined;
  const candidates =
    field?.kind === "choice"
      ? (field.choices ?? [])
      : field?.name === "slug"
        ? await deps.services.faq.entries.allSlugs()
        : field?.name === "tier" || field?.name === "status"
          ? [...statusIds]
          : [];
  const ranked = rankAutocompleteChoices(candidates, String(focused.value));
  await interaction.respond(ranked.map((value) => ({ name: truncateText(value, 100), value })));
}
