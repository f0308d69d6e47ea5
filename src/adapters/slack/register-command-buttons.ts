import type { App, BlockAction } from "@slack/bolt";
import { declaredButtons, findButtonTarget } from "../../command-kit/command-buttons.js";
import { formValues } from "../../command-kit/command-ui.js";
import { moderatorsOnly, runCommand } from "../../command-kit/run-command.js";
import type { Actor } from "../../core/actor.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import { publishHome } from "./app-home.js";
import { buildCommandModal } from "./command-modal.js";
import { replyResponse } from "./reply-response.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackSpaceChannels } from "./slack-space-channels.js";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The buttons commands declare (the queue's Approve, Edit, Reject): a click runs the command, or
 * opens its modal first when the button needs or offers a form. A click on the Home tab has no
 * response_url, so its outcome is shown on the refreshed Home tab.
 */
export function registerCommandButtons(app: App, runtime: SlackRuntime): void {
  const prefixes = [...new Set(declaredButtons(runtime.commands).map((button) => button.idPrefix))];
  if (prefixes.length === 0) return;
  const pattern = new RegExp(`^(?:${prefixes.map(escapeRegExp).join("|")}).+$`);
  app.action<BlockAction>(pattern, async ({ ack, action, body, client, respond }) => {
    await ack();
    const target = "action_id" in action ? findButtonTarget(runtime.commands, action.action_id) : null;
    if (!target) return;
    const channelId = "channel" in body && body.channel?.id ? body.channel.id : null;
    const request = {
      teamId: body.team?.id ?? "",
      userId: body.user.id,
      ...(channelId ? { channelId } : {}),
    };
    const answer = async (reply: Reply, actor: Actor) => {
      if ("response_url" in body && body.response_url) await respond(replyResponse(reply));
      else if (body.view?.type === "home") await publishHome(client, runtime, actor, reply);
    };
    await runtime.track(`button ${target.path}`, async () => {
      // A refusal on cached admin facts is re-checked with Slack before it stands.
      const { actor, reply } = await runtime.actors.recheckRefusal(client, request, async (actor) => {
        const ctx = commandContext(runtime, actor, slackSpaceChannels(client, actor.spaceId, runtime.logger));
        if (!target.button.form) return runCommand(target.command, target.input, ctx, target.path);
        // The form asks for text (the corrected entry, the reason) before the command runs.
        if (target.command.permission === "moderator" && !actor.isModerator)
          return moderatorsOnly(target.path);
        const values = target.command.form ? await formValues(target.command.form, target.input, ctx) : {};
        // Nothing to start the form from (e.g. the suggestion is gone): the command says why.
        if (values === null) return runCommand(target.command, target.input, ctx, target.path);
        await client.views.open({
          trigger_id: body.trigger_id,
          view: buildCommandModal(
            target.command,
            { path: target.path, channelId, fixed: target.input },
            values,
          ),
        });
        return null;
      });
      if (reply) await answer(reply, actor);
    });
  });
}
