import { ChannelType, type Message } from "discord.js";
import type { IncomingThreadMessage } from "../../core/faq/thread-reply-types.js";

/**
 * A guild message as the shared thread-reply path sees it. A forum post's opening message has
 * the thread's own id, and its title is part of the question.
 */
export function incomingThreadMessage(message: Message<true>, botUserId: string): IncomingThreadMessage {
  const channel = message.channel;
  const thread = channel.isThread() ? channel : null;
  const parentType = thread?.parent?.type;
  const isForum = parentType === ChannelType.GuildForum || parentType === ChannelType.GuildMedia;
  const isOpeningPost = thread !== null && message.id === thread.id;
  // A thread opened from the "Create Thread" button has no starter message: its first message counts.
  const isFirstMessage = thread !== null && (thread.totalMessageSent ?? Number.POSITIVE_INFINITY) <= 1;
  const mention = new RegExp(`<@!?${botUserId}>`, "g");
  const content = message.content.replace(mention, "").trim();
  const text = isForum && isOpeningPost && thread ? `${thread.name}\n${content}`.trim() : content;
  return {
    platform: "discord",
    spaceId: message.guildId,
    channelId: thread ? (thread.parentId ?? thread.id) : channel.id,
    channelKind: isForum ? "forum" : "text",
    // Outside a thread, a mention starts its own conversation keyed by the message (as in Slack).
    threadId: thread ? thread.id : message.id,
    messageId: message.id,
    authorId: message.author.id,
    authorName: message.member?.displayName ?? message.author.globalName ?? message.author.username,
    authorIsBot: message.author.bot,
    isThreadStart: isOpeningPost || isFirstMessage,
    mentionsBot: message.mentions.users.has(botUserId),
    text,
  };
}
