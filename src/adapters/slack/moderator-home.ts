import type { types } from "@slack/bolt";
import type { ThreadReplyStats } from "../../core/faq/thread-reply-types.js";
import type { FaqEntry, FaqSuggestion } from "../../core/faq/types.js";
import type { Reply } from "../../core/reply.js";
import { escapeSlackText, markupToMrkdwn } from "./markup-to-mrkdwn.js";
import { renderReplyBlocks } from "./render-reply-blocks.js";

/**
 * Buttons on each pending suggestion: `faq:<verb>:<suggestionId>`, the ids `/faq queue` puts on
 * its own reply, so one handler serves both the Home tab and the command's answer.
 */
export const queueButtonPattern = /^faq:(approve|edit|reject):(\d+)$/;

// A Home tab holds at most 100 blocks; the lists are cut well before that.
const homeMaxBlocks = 100;
const listedSuggestions = 15;
const listedStaleEntries = 15;

function excerpt(text: string, maxChars: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= maxChars ? oneLine : `${oneLine.slice(0, maxChars - 1)}…`;
}

export function suggestionBlocks(suggestion: FaqSuggestion): types.KnownBlock[] {
  const link = suggestion.messageLink ? ` · <${suggestion.messageLink}|thread>` : "";
  // Only a Slack user id can be mentioned here; suggestions from other platforms show the id as text.
  const who =
    suggestion.platform === "slack"
      ? `<@${suggestion.suggestedBy}>`
      : escapeSlackText(suggestion.suggestedBy);
  return [
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*#${suggestion.id}* ${escapeSlackText(excerpt(suggestion.question, 200))}\n>${escapeSlackText(excerpt(suggestion.answer, 500))}\n_from ${who}${link}_`,
      },
    },
    {
      type: "actions",
      block_id: `faq-queue-${suggestion.id}`,
      elements: [
        {
          type: "button",
          action_id: `faq:approve:${suggestion.id}`,
          text: { type: "plain_text", text: "Approve" },
          style: "primary",
        },
        {
          type: "button",
          action_id: `faq:edit:${suggestion.id}`,
          text: { type: "plain_text", text: "Edit" },
        },
        {
          type: "button",
          action_id: `faq:reject:${suggestion.id}`,
          text: { type: "plain_text", text: "Reject" },
          style: "danger",
        },
      ],
    },
  ];
}

export interface ModeratorHomeContent {
  queue: FaqSuggestion[];
  stale: FaqEntry[];
  /** Answer counts and the most asked questions the bot stayed silent on. */
  stats: ThreadReplyStats;
}

function heading(text: string): types.KnownBlock {
  return { type: "header", text: { type: "plain_text", text } };
}

function note(text: string): types.KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
}

/** The Home tab a moderator sees: what waits for a decision, what is out of date, what went unanswered. */
export function buildModeratorHome(content: ModeratorHomeContent): types.HomeView {
  const blocks: types.KnownBlock[] = [heading(`Pending suggestions (${content.queue.length})`)];
  if (content.queue.length === 0)
    blocks.push(note("Nothing waiting. Members can file one with the *Save as FAQ* message shortcut."));
  for (const suggestion of content.queue.slice(0, listedSuggestions))
    blocks.push(...suggestionBlocks(suggestion), { type: "divider" });
  blocks.push(heading(`Entries past their review date (${content.stale.length})`));
  if (content.stale.length === 0) blocks.push(note("Every entry is within its review date."));
  else {
    const lines = content.stale
      .slice(0, listedStaleEntries)
      .map(
        (entry) =>
          `• \`${entry.slug}\` (review by ${entry.reviewBy ?? "?"}): ${escapeSlackText(excerpt(entry.question, 120))}`,
      );
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
    blocks.push(note("Update one with `/faq edit <slug>`."));
  }
  const stats = content.stats;
  blocks.push(heading(`Unanswered questions (${stats.topUnanswered.length})`));
  blocks.push(
    note(
      `Answered ${stats.answered} · stayed silent ${stats.silent} · helpful ${stats.helpful} · not helpful ${stats.notHelpful} · dismissed ${stats.dismissed}`,
    ),
  );
  if (stats.topUnanswered.length > 0) {
    const lines = stats.topUnanswered.map(
      (question) =>
        `• ${escapeSlackText(excerpt(question.text, 150))} (${question.count}×, ${question.reason})`,
    );
    blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n").slice(0, 3000) } });
    blocks.push(
      note("Turn a good thread answer into an entry with the *Save as FAQ* message shortcut, or `/faq add`."),
    );
  }
  return { type: "home", blocks: blocks.slice(0, homeMaxBlocks) };
}

/** Members who are not moderators see what the bot can do for them. */
export function buildMemberHome(help: Reply): types.HomeView {
  return {
    type: "home",
    blocks: [
      heading("gigdesk"),
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: markupToMrkdwn("Ask in any channel where I am, or mention me in a thread."),
        },
      },
      ...renderReplyBlocks({ ...help, title: undefined }),
    ].slice(0, homeMaxBlocks),
  };
}

/** The Home tab with the outcome of the last click on it at the top (its buttons left out). */
export function withNotice(view: types.HomeView, notice: Reply): types.HomeView {
  const noticeBlocks = renderReplyBlocks(notice).filter((block) => block.type !== "actions");
  return { ...view, blocks: [...noticeBlocks, { type: "divider" }, ...view.blocks].slice(0, homeMaxBlocks) };
}
