import type { App, BlockAction, webApi } from "@slack/bolt";
import {
  ASKER_MENTION_PLACEHOLDER,
  type FeedbackVerdict,
  type ThreadReplyData,
  type ThreadReplyOutcome,
} from "../../core/faq/thread-reply-types.js";
import { message, type Reply } from "../../core/reply.js";
import { renderSlackMessage, type SlackMessage } from "./render-reply-blocks.js";
import { replyResponse } from "./reply-response.js";
import { slackErrorCode } from "./slack-error-code.js";
import { type SlackMessageEventFields, toIncomingThreadMessage } from "./slack-message-event.js";
import type { SlackRuntime } from "./slack-runtime.js";

/** Button ids the thread-reply path puts on its answers: `thread:<verb>:<replyId>`. */
const threadButton = /^thread:(helpful|not-helpful|dismiss):(.+)$/;

function privateNote(body: string, data: Record<string, unknown>): Reply {
  return message({ body, visibility: "private", data });
}

/**
 * Puts the one intended mention in place of the reply's asker token. Slack pings only for
 * `<@U…>`, `<!here>` and the like, and the rendering escapes every `<` of the FAQ text, so this is
 * the only live mention in the message.
 */
export function mentionAsker(rendered: SlackMessage, askerId: string | null): SlackMessage {
  const mention = askerId && /^[A-Z0-9]+$/.test(askerId) ? `<@${askerId}>` : "";
  const swap = (text: string) => text.split(ASKER_MENTION_PLACEHOLDER).join(mention);
  return {
    text: swap(rendered.text),
    blocks: JSON.parse(swap(JSON.stringify(rendered.blocks))) as SlackMessage["blocks"],
  };
}

async function deliver(
  client: webApi.WebClient,
  runtime: SlackRuntime,
  outcome: Extract<ThreadReplyOutcome, { kind: "thread_reply" }>,
): Promise<void> {
  const target = outcome.target;
  const channel = target.channelId;
  if (channel === null) {
    runtime.logger.info(
      { replyId: outcome.replyId, faq: outcome.faq.slug },
      "shadow answer with no moderators' channel set",
    );
    return;
  }
  const posted = await client.chat.postMessage({
    channel,
    // Top-level questions are answered in a thread under them, never in the channel itself.
    ...(target.kind === "thread" ? { thread_ts: target.threadId } : {}),
    ...mentionAsker(
      renderSlackMessage(outcome.reply),
      (outcome.reply.data as Partial<ThreadReplyData>).askerId ?? null,
    ),
    unfurl_links: false,
    unfurl_media: false,
  });
  if (posted.ts) await runtime.services.threadReplies.recordDelivery(outcome.replyId, posted.ts);
}

/**
 * Channel messages and @-mentions go through the shared thread-reply path. A mention arrives both
 * as `message` and `app_mention`, and Slack re-sends events it thinks were slow; the service's
 * unique key per thread makes every one of those after the first a silent `already-answered`.
 */
export function registerThreadReplies(app: App, runtime: SlackRuntime): void {
  const onMessage = async (
    event: SlackMessageEventFields,
    teamId: string | undefined,
    botUserId: string | undefined,
    client: webApi.WebClient,
  ) => {
    if (!teamId) return;
    const incoming = toIncomingThreadMessage(event, { teamId, botUserId });
    if (!incoming) return;
    await runtime.track(`thread ${incoming.channelId}/${incoming.threadId}`, async () => {
      // Only a message that may be answered needs the asker's name (shadow posts show it).
      if (incoming.isThreadStart || incoming.mentionsBot) {
        incoming.authorName = await runtime.actors.displayName(client, teamId, incoming.authorId);
      }
      const outcome = await runtime.services.threadReplies.handle(incoming, runtime.now());
      if (outcome.kind === "silent") {
        runtime.logger.debug(
          { reason: outcome.reason, best: outcome.best, event: event.type },
          "thread reply silent",
        );
        return;
      }
      await deliver(client, runtime, outcome);
    });
  };

  // A mention arrives twice (as a message and as an app_mention); the claim answers it once.
  for (const eventType of ["message", "app_mention"] as const) {
    app.event(eventType, async ({ event, body, context, client }) => {
      await onMessage(
        event as SlackMessageEventFields,
        body.team_id ?? context.teamId,
        context.botUserId,
        client,
      );
    });
  }

  app.action<BlockAction>(threadButton, async ({ ack, action, body, client, respond }) => {
    await ack();
    const match = "action_id" in action ? threadButton.exec(action.action_id) : null;
    if (!match) return;
    const [, verb, replyId] = match as unknown as [string, string, string];
    const teamId = body.team?.id ?? "";
    await runtime.track(`button ${verb}`, async () => {
      const now = runtime.now();
      if (verb === "dismiss") {
        const actor = await runtime.actors.resolve(client, { teamId, userId: body.user.id });
        const result = await runtime.services.threadReplies.dismiss(replyId, actor, now);
        if (result.kind === "dismissed" && result.postedMessageId) {
          // Already deleted by hand, or the bot lost access: the dismissal itself still stands.
          await client.chat
            .delete({ channel: result.channelId, ts: result.postedMessageId })
            .catch((error: unknown) =>
              runtime.logger.warn({ slackError: slackErrorCode(error), replyId }, "chat.delete failed"),
            );
        }
        const note = {
          dismissed: "Removed the answer. Thanks for keeping the thread tidy.",
          "not-allowed": "Only the person who asked or a moderator can remove this answer.",
          "not-found": "That answer is already gone.",
        }[result.kind];
        await respond(replyResponse(privateNote(note, { replyId, outcome: result.kind })));
        return;
      }
      const verdict: FeedbackVerdict = verb === "helpful" ? "helpful" : "not-helpful";
      const actor = await runtime.actors.resolve(client, { teamId, userId: body.user.id });
      const recorded = await runtime.services.threadReplies.recordFeedback(replyId, actor, verdict, now);
      const note = {
        recorded: "Thanks, your feedback is noted.",
        "already-recorded": "You already gave feedback on this answer; it is counted once.",
        "not-found": "That answer no longer exists.",
      }[recorded];
      await respond(replyResponse(privateNote(note, { replyId, verdict, outcome: recorded })));
    });
  });
}
