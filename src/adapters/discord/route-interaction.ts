import type { Interaction } from "discord.js";
import { saveAsFaqCommandName } from "./command-json.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { handleAutocomplete } from "./handle-autocomplete.js";
import { handleButton } from "./handle-button.js";
import { handleChatInput } from "./handle-chat-input.js";
import { handleModalSubmit } from "./handle-modal-submit.js";
import { handleSaveAsFaq } from "./handle-save-as-faq.js";

/** Sends each kind of interaction to its handler; kinds the bot never registered are ignored. */
export async function routeInteraction(interaction: Interaction, deps: DiscordHandlerDeps): Promise<void> {
  if (interaction.isChatInputCommand()) return handleChatInput(interaction, deps);
  if (interaction.isAutocomplete()) return handleAutocomplete(interaction, deps);
  if (interaction.isMessageContextMenuCommand() && interaction.commandName === saveAsFaqCommandName) {
    return handleSaveAsFaq(interaction, deps);
  }
  if (interaction.isModalSubmit()) return handleModalSubmit(interaction, deps);
  if (interaction.isButton()) return handleButton(interaction, deps);
  deps.logger.debug(
    { interactionId: interaction.id, type: interaction.type },
    "interaction kind not handled",
  );
}
