import type { App } from "@slack/bolt";
import type { CommandEntry } from "../../command-kit/command.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { runCommand } from "../../command-kit/run-command.js";
import { coerceOptions } from "../../command-kit/text-invocation.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import { commandModalCallbackId, parseModalMetadata, readModalValues } from "./command-modal.js";
import { markupToPlainText } from "./markup-to-mrkdwn.js";
import { renderSlackMessage } from "./render-reply-blocks.js";
import type { SlackRuntime } from "./slack-runtime.js";

function findCommand(commands: readonly CommandEntry[], path: string) {
  const resolution = resolveCommand(commands, path.split(" "));
  return resolution.kind === "found" ? resolution.command : null;
}

/**
 * A submitted command modal runs the command with the entered values. A bad value keeps the modal
 * open with the problem shown under its input; anything else closes it and the answer is posted
 * privately where the modal was opened.
 */
export function registerCommandModal(app: App, runtime: SlackRuntime): void {
  app.view(commandModalCallbackId, async ({ ack, view, body, client }) => {
    const metadata = parseModalMetadata(view.private_metadata);
    const command = metadata ? findCommand(runtime.commands, metadata.path) : null;
    if (!metadata || !command) {
      await ack();
      runtime.logger.warn({ callbackId: view.callback_id }, "modal submission for an unknown command");
      return;
    }
    const teamId = body.team?.id ?? view.team_id;
    const actor = await runtime.actors.resolve(client, {
      teamId,
      userId: body.user.id,
      ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
    });
    const fields = optionFields(command.options);
    const input = { ...coerceOptions(readModalValues(view.state.values), fields), ...metadata.fixed };
    const reply: Reply = await runCommand(command, input, commandContext(runtime, actor), metadata.path);
    const option = reply.kind === "problem" ? (reply.data as { option?: unknown }).option : undefined;
    if (
      reply.code === "invalid-input" &&
      typeof option === "string" &&
      fields.some((field) => field.name === option)
    ) {
      await ack({
        response_action: "errors",
        errors: { [option]: markupToPlainText(reply.body).slice(0, 2000) },
      });
      return;
    }
    await ack();
    await runtime.track(`modal ${metadata.path}`, async () => {
      const message = renderSlackMessage(reply);
      if (metadata.channelId) {
        await client.chat.postEphemeral({ channel: metadata.channelId, user: body.user.id, ...message });
      } else {
        // Opened from App Home: the answer goes to the app's direct messages with the moderator.
        await client.chat.postMessage({ channel: body.user.id, ...message });
      }
    });
  });
}
