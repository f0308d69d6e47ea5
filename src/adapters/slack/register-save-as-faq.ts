import type { App, webApi } from "@slack/bolt";
import { message, problem, type Reply } from "../../core/reply.js";
import { askAuthorForWebConsent } from "../../services/ask-web-consent.js";
import { renderSlackMessage } from "./render-reply-blocks.js";
import { replyResponse } from "./reply-response.js";
import { saveAsFaqCallbackId } from "./slack-manifest.js";
import type { SlackRuntime } from "./slack-runtime.js";
import { slackMessageToMarkup } from "./slack-text.js";

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
    /** Who wrote the picked message (Slack leaves it out for some bot and system messages). */
    authorId: string | undefined;
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
  if (!shortcut.authorId) {
    return problem(
      "invalid-input",
      "That message has no member as its author, so it cannot be saved as an answer.",
    );
  }
  // The suggestion goes to the queue of the workspace's own community.
  const actor = await runtime.actors.resolve(client, { teamId: shortcut.teamId, userId: shortcut.userId });
  const community = runtime.services.forCommunity(actor.communityId);
  const saved = await community.faq.suggestions.saveThreadAnswerAsSuggestion(
    {
      channelId: shortcut.channelId,
      threadId: shortcut.threadTs,
      openingQuestion: slackMessageToMarkup(opening.text),
      answerText: slackMessageToMarkup(shortcut.text),
      answerMessageLink: link,
      answerAuthorId: shortcut.authorId,
    },
    actor,
    runtime.now(),
  );
  if (!saved.ok)
    return problem(
      saved.code === "not-found" ? "not-found" : "conflict",
      `Nothing was saved (${saved.code}).`,
      { code: saved.code },
    );
  const { suggestion, duplicate } = saved.value;
  const ask = await askAuthorForWebConsent(community, suggestion, runtime.now());
  if (ask) {
    // The author is pinged in the thread: the question is theirs to answer. Ids are checked so
    // that nothing but a user id lands inside the mention.
    const mention = /^[A-Z0-9]+$/.test(ask.authorId) ? { leadingMention: `<@${ask.authorId}>` } : {};
    await client.chat
      .postMessage({
        channel: shortcut.channelId,
        thread_ts: shortcut.threadTs,
        ...renderSlackMessage(ask.question, mention),
        unfurl_links: false,
        unfurl_media: false,
      })
      .catch((error: unknown) => {
        runtime.logger.warn(
          { err: String(error), suggestionId: suggestion.id },
          "could not ask for web consent",
        );
      });
  }
  return message({
    body: duplicate
      ? `That answer is already waiting for the moderators as suggestion **#${suggestion.id}**.`
      : `Thanks! Suggestion **#${suggestion.id}** is in the moderators' queue.`,
    visibility: "private",
    data: { suggestionId: suggestion.id, duplicate },
  });
}

/** The "Save as FAQ" message shortcut: a member files a thread's answer for the moderators. */
export function registerSaveAsFaq(app: App, runtime: SlackRuntime): void {
  app.shortcut(saveAsFaqCallbackId, async ({ ack, shortcut, client, respond }) => {
    await ack();
    if (shortcut.type !== "message_action") return;
    await runtime.track(
      "save as faq",
      async () => {
        const reply = await saveThreadAnswer(client, runtime, {
          teamId: shortcut.team?.id ?? "",
          userId: shortcut.user.id,
          channelId: shortcut.channel.id,
          messageTs: shortcut.message.ts,
          threadTs: shortcut.message.thread_ts,
          text: shortcut.message.text ?? "",
          authorId: shortcut.message.user,
        });
        await respond(replyResponse(reply));
      },
      (reply) => respond(replyResponse(reply)),
    );
  });
}
