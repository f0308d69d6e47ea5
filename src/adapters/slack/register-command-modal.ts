import type { App } from "@slack/bolt";
import type { CommandEntry } from "../../command-kit/command.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { runCommand, validateCommandInput } from "../../command-kit/run-command.js";
import { coerceOptions } from "../../command-kit/text-invocation.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import { commandModalCallbackId, parseModalMetadata, readModalValues } from "./command-modal.js";
import { escapeSlackText, markupToPlainText } from "./markup-to-mrkdwn.js";
import { renderSlackMessage } from "./render-reply-blocks.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackSpaceChannels } from "./slack-space-channels.js";

function findCommand(commands: readonly CommandEntry[], path: string) {
  const resolution = resolveCommand(commands, path.split(" "));
  return resolution.kind === "found" ? resolution.command : null;
}

/**
 * A submitted command modal runs the command with the entered values. Slack shows the member an
 * error unless the submission is acknowledged within 3 s, and looking the member up (users.info)
 * and running the command (a database another process holds) can take longer. So what the
 * command's schema alone can say is answered at once, keeping the modal open with the problem
 * under its input; anything else closes the modal first, and the answer is then posted privately
 * where the modal was opened.
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
    const fields = optionFields(command.options);
    const input = { ...coerceOptions(readModalValues(view.state.values), fields), ...metadata.fixed };
    const validated = validateCommandInput(command, input, metadata.path);
    const option = validated.ok ? undefined : (validated.reply.data as { option?: unknown }).option;
    if (!validated.ok && typeof option === "string" && fields.some((field) => field.name === option)) {
      await ack({
        response_action: "errors",
        errors: { [option]: escapeSlackText(markupToPlainText(validated.reply.body)).slice(0, 2000) },
      });
      return;
    }
    await ack();
    const post = async (reply: Reply) => {
      const message = renderSlackMessage(reply);
      if (metadata.channelId) {
        await client.chat.postEphemeral({ channel: metadata.channelId, user: body.user.id, ...message });
      } else {
        // Opened from App Home: the answer goes to the app's direct messages with the moderator.
        await client.chat.postMessage({ channel: body.user.id, ...message });
      }
    };
    await runtime.track(
      `modal ${metadata.path}`,
      async () => {
        const request = {
          teamId: body.team?.id ?? view.team_id,
          userId: body.user.id,
          ...(metadata.channelId ? { channelId: metadata.channelId } : {}),
        };
        const { reply } = await runtime.actors.recheckRefusal(client, request, (actor) =>
          runCommand(
            command,
            input,
            commandContext(runtime, actor, slackSpaceChannels(client, actor.spaceId, runtime.logger)),
            metadata.path,
          ),
        );
        if (reply) await post(reply);
      },
      post,
    );
  });
}
