import { ChannelType, type MessageContextMenuCommandInteraction, type ThreadChannel } from "discord.js";
import type { FaqSuggestion } from "../../core/faq/types.js";
import { message, problem, type Reply } from "../../core/reply.js";
import type { Services } from "../../ports/services.js";
import { askAuthorForWebConsent } from "../../services/ask-web-consent.js";
import { answerInteraction } from "./answer-interaction.js";
import { actorFromInteraction } from "./discord-actor.js";
import type { DiscordHandlerDeps } from "./discord-handler-deps.js";
import { asChannelMessage, renderReply } from "./render-reply.js";

/**
 * "Save as FAQ" on a message in a thread: files a suggestion with the thread's opening post as the
 * question and the chosen message as the answer. Moderators decide in the queue; nothing is
 * published from here. Fetching the opening post (the API, maybe rate limited) and filing the
 * suggestion (the database, maybe locked by another process) can each take a while, so the answer
 * goes through answerInteraction, which defers before Discord's 3 s pass.
 */
export function handleSaveAsFaq(
  interaction: MessageContextMenuCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<void> {
  return answerInteraction(interaction, () => saveAsFaqReply(interaction, deps), {
    slow: false,
    deferAfterMs: deps.deferAfterMs,
  });
}

async function saveAsFaqReply(
  interaction: MessageContextMenuCommandInteraction,
  deps: DiscordHandlerDeps,
): Promise<Reply> {
  const target = interaction.targetMessage;
  const thread = target.channel ?? interaction.channel;
  if (!thread?.isThread()) {
    return problem(
      "invalid-input",
      "**Save as FAQ** works on an answer inside a thread or forum post, where the opening post is the question.",
      { messageId: target.id },
    );
  }
  const answerText = target.content.trim();
  if (answerText === "") {
    return problem("invalid-input", "That message has no text to save as an answer.", {
      messageId: target.id,
    });
  }
  // Forum posts carry their question in the title as much as in the opening message.
  const starter = await thread.fetchStarterMessage().catch(() => null);
  const isForum =
    thread.parent?.type === ChannelType.GuildForum || thread.parent?.type === ChannelType.GuildMedia;
  const openingQuestion = [isForum ? thread.name : null, starter?.content ?? (isForum ? null : thread.name)]
    .filter((part): part is string => typeof part === "string" && part.trim() !== "")
    .join("\n");
  const actor = await actorFromInteraction(interaction, deps.services, deps.now());
  const community = deps.services.forCommunity(actor.communityId);
  const result = await community.faq.suggestions.saveThreadAnswerAsSuggestion(
    {
      channelId: thread.parentId ?? thread.id,
      threadId: thread.id,
      openingQuestion,
      answerText,
      answerMessageLink: target.url,
      answerAuthorId: target.author.id,
    },
    actor,
    deps.now(),
  );
  if (!result.ok) {
    return problem(
      result.code === "not-found" ? "not-found" : "conflict",
      "The answer could not be saved as a suggestion.",
      { code: result.code },
    );
  }
  const { suggestion, duplicate } = result.value;
  await askAuthorInThread(thread, community, suggestion, deps);
  const body = duplicate
    ? `This answer is already waiting for review as suggestion **#${suggestion.id}**.`
    : `Saved as suggestion **#${suggestion.id}**. A moderator will review it before it joins the FAQ.`;
  return message({
    title: "Suggested for the FAQ",
    body,
    fields: [
      { name: "Question", value: suggestion.question },
      { name: "Answer", value: suggestion.answer },
    ],
    visibility: "private",
    data: { suggestionId: suggestion.id, duplicate },
  });
}

/**
 * Puts the consent question to the answer's author in the thread, pinging only them. A failed
 * post is logged and the suggestion stands: the entry then stays off the web until its author is
 * asked another way or a moderator rewrites it.
 */
async function askAuthorInThread(
  thread: ThreadChannel,
  services: Services,
  suggestion: FaqSuggestion,
  deps: DiscordHandlerDeps,
): Promise<void> {
  const ask = await askAuthorForWebConsent(services, suggestion, deps.now());
  if (!ask) return;
  const payload = renderReply(ask.question, {
    mentionUserIds: [ask.authorId],
    content: `<@${ask.authorId}>`,
  });
  await thread.send(asChannelMessage(payload)).catch((error: unknown) => {
    deps.logger.warn({ err: String(error), suggestionId: suggestion.id }, "could not ask for web consent");
  });
}
