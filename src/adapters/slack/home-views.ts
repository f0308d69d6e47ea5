import type { types } from "@slack/bolt";
import type { Reply } from "../../core/reply.js";
import { escapeSlackText, markupToMrkdwn } from "./markup-to-mrkdwn.js";
import { renderReplyBlocks } from "./render-reply-blocks.js";

// A Home tab holds at most 100 blocks.
const homeMaxBlocks = 100;

function heading(text: string): types.KnownBlock {
  return { type: "header", text: { type: "plain_text", text: escapeSlackText(text).slice(0, 150) } };
}

/** The moderators' Home tab: one section per dashboard command's reply, its buttons included. */
export function buildDashboardHome(sections: readonly Reply[]): types.HomeView {
  const blocks = sections.flatMap((reply, index) => [
    ...(index > 0 ? [{ type: "divider" } as const] : []),
    ...(reply.title ? [heading(reply.title)] : []),
    ...renderReplyBlocks({ ...reply, title: undefined }),
  ]);
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
