import type { Message } from "discord.js";
import { threadReplyActions } from "../../core/faq/render-thread-reply.js";
import {
  THREAD_ACTION_PREFIX,
  type ThreadReplyData,
  withoutAskerMention,
} from "../../core/faq/thread-reply-types.js";
import type { Reply, ReplyAction } from "../../core/reply.js";
import { deliverThreadOutcome, type ThreadPost } from "../deliver-thread-outcome.js";
import { answerNonce } from "./answer-nonce.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { incomingThreadMessage } from "./incoming-thread-message.js";
import { asChannelMessage, renderReply } from "./render-reply.js";

/** A guild message → the shared thread-reply path → at most one answer, posted where it says. */
export async function handleThreadMessage(message: Message, deps: DiscordHandlerDeps): Promise<void> {
  const botUserId = deps.client.user?.id;
  if (!message.inGuild() || !botUserId) return;
  const incoming = incomingThreadMessage(message, botUserId);
  const outcome = await deps.services.threadReplies.handle(incoming, deps.now());
  await deliverThreadOutcome(
    outcome,
    deps.logger,
    { messageId: message.id },
    {
      // Discord has no private reply to a message: the notice is a direct message, and a member
      // who closed their DMs gets silence, which is what the limit means anyway.
      slowDown: (notice) =>
        message.author
          .send(
            asChannelMessage(renderReply({ ...notice.reply, visibility: "public" }, { mentionUserIds: [] })),
          )
          .then(
            () => undefined,
            (error: unknown) =>
              deps.logger.info({ err: error, messageId: message.id }, "slow-down notice not delivered"),
          ),
      post: async (answer) => {
        const posted = await postAnswer(message, answer, answerNonce(incoming.threadId), deps);
        if (posted) await deps.services.threadReplies.recordDelivery(answer.replyId, posted.id);
      },
    },
  );
}

async function postAnswer(
  message: Message<true>,
  answer: ThreadPost,
  nonce: string,
  deps: DiscordHandlerDeps,
): Promise<Message | null> {
  // The thread's one answer has one nonce: if a slow lease holder and the instance that took its
  // claim over both post, Discord returns the first message instead of creating a second one.
  const once = { nonce, enforceNonce: true } as const;
  // The ping lives in the message text (a mention inside an embed never notifies), so the body's
  // leading asker token is dropped rather than repeated; in shadow mode there is neither.
  const { mentionsAsker, body } = withoutAskerMention(answer.reply.body);
  const askerId = mentionsAsker ? ((answer.reply.data as Partial<ThreadReplyData>).askerId ?? null) : null;
  const reply: Reply = {
    ...answer.reply,
    body,
    visibility: "public",
    actions: withFeedbackButtons(answer),
  };
  if (answer.target.kind === "shadow") {
    // Only a channel of this message's own server: a moderator of one server must never be able to
    // make the bot post into another, whatever id the settings hold.
    const channel = answer.target.channelId
      ? message.guild.channels.cache.get(answer.target.channelId)
      : undefined;
    if (!channel?.isSendable()) {
      deps.logger.info(
        {
          replyId: answer.replyId,
          ...(answer.kind === "thread_reply"
            ? { slug: answer.faq.slug, confidence: answer.confidence }
            : { offered: answer.offered }),
          messageUrl: message.url,
        },
        "shadow mode: would have answered (no moderators' channel set)",
      );
      return null;
    }
    // Moderators see what would have been said and where; nobody is pinged.
    return channel.send({
      ...asChannelMessage(renderReply(reply, { mentionUserIds: [], content: `Question: ${message.url}` })),
      ...once,
    });
  }
  const payload = {
    ...asChannelMessage(
      renderReply(
        reply,
        askerId ? { mentionUserIds: [askerId], content: `<@${askerId}>` } : { mentionUserIds: [] },
      ),
    ),
    ...once,
  };
  const thread = deps.client.channels.cache.get(answer.target.threadId);
  if (thread?.isSendable()) return thread.send(payload);
  // A mention outside a thread is answered as a reply to that message.
  if (!message.channel.isSendable()) return null;
  return message.channel.send({
    ...payload,
    reply: { messageReference: message.id, failIfNotExists: false },
  });
}

/** Helpful / Not helpful / Dismiss, unless the thread-reply path already supplied them. */
function withFeedbackButtons(answer: ThreadPost): ReplyAction[] {
  const actions = answer.reply.actions ?? [];
  if (actions.some((action) => action.id.startsWith(THREAD_ACTION_PREFIX.dismiss))) return actions;
  return [...actions, ...threadReplyActions(answer.replyId)];
}
