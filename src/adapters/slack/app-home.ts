import type { App, webApi } from "@slack/bolt";
import { listCommandPaths } from "../../command-kit/resolve-command.js";
import { runCommand } from "../../command-kit/run-command.js";
import { runTextCommand } from "../../command-kit/text-invocation.js";
import type { Actor } from "../../core/actor.js";
import type { Reply } from "../../core/reply.js";
import { commandContext } from "../command-context.js";
import { buildDashboardHome, buildMemberHome, withNotice } from "./home-views.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackSpaceChannels } from "./slack-space-channels.js";

/**
 * Publishes the Home tab: for moderators, the replies of the commands that declare themselves
 * part of the moderators' dashboard (the queue with its buttons, stale entries, unanswered
 * questions); for members, /help. A button clicked on the Home tab has no response_url, so the
 * outcome of that click (`notice`) is shown at the top of the refreshed tab instead.
 */
export async function publishHome(
  client: webApi.WebClient,
  runtime: SlackRuntime,
  actor: Actor,
  notice?: Reply,
): Promise<void> {
  const ctx = commandContext(runtime, actor, slackSpaceChannels(client, actor.spaceId, runtime.logger));
  let view: ReturnType<typeof buildMemberHome>;
  if (actor.isModerator) {
    const sections: Reply[] = [];
    for (const { path, command } of listCommandPaths(runtime.commands)) {
      if (command.dashboard === "moderators") sections.push(await runCommand(command, {}, ctx, path));
    }
    view = buildDashboardHome(sections);
  } else {
    view = buildMemberHome((await runTextCommand("/help", ctx)).reply);
  }
  await client.views.publish({ user_id: actor.userId, view: notice ? withNotice(view, notice) : view });
}

export function registerAppHome(app: App, runtime: SlackRuntime): void {
  app.event("app_home_opened", async ({ event, body, context, client }) => {
    if (event.tab !== "home") return;
    const teamId = body.team_id ?? context.teamId ?? "";
    await runtime.track("app home", async () => {
      const actor = await runtime.actors.resolve(client, { teamId, userId: event.user });
      await publishHome(client, runtime, actor);
    });
  });
}
