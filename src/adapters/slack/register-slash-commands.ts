import type { App } from "@slack/bolt";
import type { Command, CommandEntry } from "../../command-kit/command.js";
import { isCommandGroup } from "../../command-kit/command.js";
import { formValues, opensForm } from "../../command-kit/command-ui.js";
import { moderatorsOnly } from "../../command-kit/run-command.js";
import { parseTextCommand, runTextCommand } from "../../command-kit/text-invocation.js";
import { commandContext } from "../command-context.js";
import { buildCommandModal } from "./command-modal.js";
import { replyResponse } from "./reply-response.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackSpaceChannels } from "./slack-space-channels.js";
import { slashCommandText } from "./slack-text.js";
import { slashCommandLine } from "./slash-command-line.js";

interface FormRequest {
  command: Command;
  path: string;
  /** What the member typed, to start the form with. */
  initialValues: Record<string, unknown>;
}

/**
 * A typed command opens its form (a modal) when the command's form says so (`/faq add` without
 * the text, `/faq edit` with nothing to change yet). The form's key may be typed bare:
 * `/faq edit top-rated-badge`.
 */
export function formRequestFor(entry: CommandEntry, text: string): FormRequest | null {
  const parsed = parseTextCommand(slashCommandLine(entry, text), [entry]);
  const request = parsed.ok ? parsed : bareKeyRequest(entry, text);
  const form = request?.command.form;
  if (!request || !form || !opensForm(form, request.input)) return null;
  return { command: request.command, path: request.path, initialValues: request.input };
}

function bareKeyRequest(entry: CommandEntry, text: string) {
  const [subcommandName, onlyWord, ...more] = text.trim().split(/\s+/);
  if (!isCommandGroup(entry) || !onlyWord || more.length > 0 || /[:=]/.test(onlyWord)) return null;
  const command = entry.subcommands.find((sub) => sub.name === subcommandName?.toLowerCase());
  const key = command?.form?.key;
  if (!command || !key) return null;
  return { command, path: `${entry.name} ${command.name}`, input: { [key]: onlyWord } };
}

/** One Slack slash command per command entry, answered through respond() after an immediate ack. */
export function registerSlashCommands(app: App, runtime: SlackRuntime): void {
  for (const entry of runtime.commands) {
    app.command(`/${entry.name}`, async ({ command, ack, respond, client }) => {
      // Slack shows the user an error unless the command is acknowledged within 3 s.
      await ack();
      await runtime.track(
        `/${entry.name}`,
        async () => {
          const text = slashCommandText(command.text);
          const request = formRequestFor(entry, text);
          const actorRequest = {
            teamId: command.team_id,
            userId: command.user_id,
            channelId: command.channel_id,
          };
          // A refusal on cached admin facts is re-checked with Slack before it stands.
          const { reply } = await runtime.actors.recheckRefusal(client, actorRequest, async (actor) => {
            const ctx = commandContext(
              runtime,
              actor,
              slackSpaceChannels(client, actor.spaceId, runtime.logger),
            );
            if (request && request.command.permission === "moderator" && !actor.isModerator) {
              // The same refusal runCommand gives, instead of a form the member could not submit.
              return moderatorsOnly(request.path);
            }
            const values = request?.command.form
              ? await formValues(request.command.form, request.initialValues, ctx)
              : null;
            if (request && values) {
              await client.views.open({
                trigger_id: command.trigger_id,
                view: buildCommandModal(
                  request.command,
                  { path: request.path, channelId: command.channel_id, fixed: {} },
                  values,
                ),
              });
              return null;
            }
            return (await runTextCommand(slashCommandLine(entry, text), ctx)).reply;
          });
          if (reply) await respond(replyResponse(reply));
        },
        (reply) => respond(replyResponse(reply)),
      );
    });
  }
}
