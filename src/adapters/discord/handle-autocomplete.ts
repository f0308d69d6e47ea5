import type { AutocompleteInteraction } from "discord.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { commandContext } from "../command-context.js";
import { truncateText } from "../truncate-text.js";
import { discordOptionFields } from "./command-json.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { discordOptionName } from "./discord-option-name.js";
import { discordSpaceChannels } from "./discord-space-channels.js";
import { commandWords } from "./interaction-input.js";
import { rankAutocompleteChoices } from "./rank-autocomplete-choices.js";

/** Offers a long choice list, or the values the command declares (FAQ slugs), as the member types; best match first. */
export async function handleAutocomplete(
  interaction: AutocompleteInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const resolution = resolveCommand(deps.commands, commandWords(interaction));
  const field =
    resolution.kind === "found"
      ? discordOptionFields(resolution.command).find(
          (candidate) => discordOptionName(candidate.name) === focused.name,
        )
      : undefined;
  const live =
    field && resolution.kind === "found" ? resolution.command.autocomplete?.[field.name] : undefined;
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  const candidates =
    field?.kind === "choice"
      ? (field.choices ?? [])
      : live
        ? await live(commandContext(deps, actor, discordSpaceChannels(deps.client, actor.spaceId)))
        : [];
  const ranked = rankAutocompleteChoices(candidates, String(focused.value));
  await interaction.respond(ranked.map((value) => ({ name: truncateText(value, 100), value })));
}
