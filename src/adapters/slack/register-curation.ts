import type { App, BlockAction, webApi } from "@slack/bolt";
import type { Command } from "../../command-kit/command.js";
import { optionFields } from "../../command-kit/option-fields.js";
import { resolveCommand } from "../../command-kit/resolve-command.js";
import { runCommand } from "../../command-kit/run-command.js";
import { runTextCommand } from "../../command-kit/text-invocation.js";
import type { Actor } from "../../core/actor.js";
import { message, problem, type Reply } from "../../core/reply.js";
import { buildCommandModal } from "./command-modal.js";
import { buildMemberHome, buildModeratorHome, queueButtonPattern, withNotice } from "./moderator-home.js";
import { replyResponse } from "./reply-response.js";
import { saveAsFaqCallbackId } from "./slack-manifest.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackMessageToMarkup } from "./slack-text.js";

function findSubcommand(runtime: SlackRuntime, path: string): Command | null {
  const resolution = resolveCommand(runtime.commands, path.split(" "));
  return resolution.kind === "found" ? resolution.command : null;
}

/** The option of `faq approve` / `faq reject` that takes the suggestion id. */
function suggestionIdOption(command: Command): string | null {
  const fields = optionFields(command.options);
  const named = fields.find((field) => field.name === "id" || field.name === "suggestion");
  return (named ?? fields.find((field) => field.required && field.kind === "integer"))?.name ?? null;
}

/** Slack's permalink shape, used when chat.getPermalink is unavailable. */
function fallbackPermalink(channelId: string, ts: string): string {
  return `https://slack.com/archives/${channelId}/p${ts.replace(".", "")}`;
}

async function saveThreadAnswer(
  client: webApi.WebClient,
  runtime: SlackRuntime,
  shortcut: {
    teamId: string;
    userId: string;
    channelId: string;
    messageTs: string;
    threadTs: string | undefined;
    text: string;
  },
): Promise<Reply> {
  if (!shortcut.threadTs || shortcut.threadTs === shortcut.messageTs) {
    return problem(
      "invalid-input",
      "Pick the answer inside a thread: *Save as FAQ* pairs the thread's question with the reply you choose.",
    );
  }
  const thread = await client.conversations.replies({
    channel: shortcut.channelId,
    ts: shortcut.threadTs,
    limit: 1,
  });
  const opening =
    thread.messages?.find((candidate) => candidate.ts === shortcut.threadTs) ?? thread.messages?.[0];
  if (!opening?.text)
    return problem("not-found", "I could not read the thread's question, so nothing was saved.");
  let link = fallbackPermalink(shortcut.channelId, shortcut.messageTs);
  try {
    const permalink = await client.chat.getPermalink({
      channel: shortcut.channelId,
      message_ts: shortcut.messageTs,
    });
    if (permalink.permalink) link = permalink.permalink;
  } catch (error) {
    runtime.logger.debug({ err: String(error) }, "chat.getPermalink failed; using the archive link");
  }
  const saved = await runtime.services.faq.suggestions.saveThreadAnswerAsSuggestion(
    {
      channelId: shortcut.channelId,
      threadId: shortcut.threadTs,
      openingQuestion: slackMessageToMarkup(opening.text),
      answerText: slackMessageToMarkup(shortcut.text),
      answerMessageLink: link,
    },
    { platform: "slack", communityId: shortcut.teamId, userId: shortcut.userId },
    runtime.now(),
  );
  if (!saved.ok)
    return problem(
      saved.code === "not-found" ? "not-found" : "conflict",
      `Nothing was saved (${saved.code}).`,
      { code: saved.code },
    );
  const { suggestion, duplicate } = saved.value;
  return message({
    body: duplicate
      ? `That answer is already waiting for the moderators as suggestion **#${suggestion.id}**.`
      : `Thanks! Suggestion **#${suggestion.id}** is in the moderators' queue.`,
    visibility: "private",
    data: { suggestionId: suggestion.id, duplicate },
  });
}

/**
 * Publishes the Home tab. A button clicked on the Home tab has no response_url, so the outcome
 * of that click (`notice`) is shown at the top of the refreshed tab instead.
 */
async function publishHome(
  client: webApi.WebClient,
  runtime: SlackRuntime,
  actor: Actor,
  notice?: Reply,
): Promise<void> {
  const ctx = { actor, services: runtime.services, commands: runtime.commands, now: runtime.now() };
  const view = actor.isModerator
    ? buildModeratorHome({
        queue: await runtime.services.faq.suggestions.listQueue(50),
        stale: await runtime.services.faq.entries.listStale(ctx.now),
        stats: await runtime.services.threadReplies.stats(
          { platform: "slack", communityId: actor.communityId },
          10,
        ),
      })
    : buildMemberHome((await runTextCommand("/help", ctx)).reply);
  await client.views.publish({ user_id: actor.userId, view: notice ? withNotice(view, notice) : view });
}

/** "Save as FAQ", the moderators' queue buttons, and the App Home tab. */
export function registerCuration(app: App, runtime: SlackRuntime): void {
  app.shortcut(saveAsFaqCallbackId, async ({ ack, shortcut, client, respond }) => {
    await ack();
    if (shortcut.type !== "message_action") return;
    await runtime.track("save as faq", async () => {
      const reply = await saveThreadAnswer(client, runtime, {
        teamId: shortcut.team?.id ?? "",
        userId: shortcut.user.id,
        channelId: shortcut.channel.id,
        messageTs: shortcut.message.ts,
        threadTs: shortcut.message.thread_ts,
        text: shortcut.message.text ?? "",
      });
      await respond(replyResponse(reply));
    });
  });

  app.action<BlockAction>(queueButtonPattern, async ({ ack, action, body, client, respond }) => {
    await ack();
    const match = "action_id" in action ? queueButtonPattern.exec(action.action_id) : null;
    if (!match) return;
    const [, verb, idText] = match as unknown as [string, "approve" | "edit" | "reject", string];
    const suggestionId = Number(idText);
    await runtime.track(`queue ${verb}`, async () => {
      const channelId = "channel" in body && body.channel?.id ? body.channel.id : null;
      const actor = await runtime.actors.resolve(client, {
        teamId: body.team?.id ?? "",
        userId: body.user.id,
        ...(channelId ? { channelId } : {}),
      });
      const commandPath = verb === "reject" ? "faq reject" : "faq approve";
      const command = findSubcommand(runtime, commandPath);
      const idOption = command ? suggestionIdOption(command) : null;
      const ctx = { actor, services: runtime.services, commands: runtime.commands, now: runtime.now() };
      const answer = async (reply: Reply) => {
        if ("response_url" in body && body.response_url) await respond(replyResponse(reply));
        else if (body.view?.type === "home") await publishHome(client, runtime, actor, reply);
      };
      if (!command || !idOption) {
        await answer(problem("not-found", `\`/${commandPath}\` is not available in this version.`));
        return;
      }
      if (verb === "approve") {
        const reply = await runCommand(command, { [idOption]: suggestionId }, ctx, commandPath);
        await answer(reply);
        return;
      }
      // Edit and Reject ask for text (the corrected entry, the reason) in a modal first.
      if (!actor.isModerator) {
        await answer(
          problem("not-allowed", `Only moderators can use \`/${commandPath}\`. Nothing was changed.`),
        );
        return;
      }
      const suggestion = await runtime.services.faq.suggestions.getSuggestion(suggestionId);
      const initialValues =
        verb === "edit" && suggestion ? { question: suggestion.question, answer: suggestion.answer } : {};
      await client.views.open({
        trigger_id: body.trigger_id,
        view: buildCommandModal(
          command,
          { path: commandPath, channelId, fixed: { [idOption]: suggestionId } },
          initialValues,
        ),
      });
    });
  });

  app.event("app_home_opened", async ({ event, body, context, client }) => {
    if (event.tab !== "home") return;
    const teamId = body.team_id ?? context.teamId ?? "";
    await runtime.track("app home", async () => {
      const actor = await runtime.actors.resolve(client, { teamId, userId: event.user });
      await publishHome(client, runtime, actor);
    });
  });
}
