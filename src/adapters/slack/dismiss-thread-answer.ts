import type { webApi } from "@slack/bolt";
import { message, problem, type Reply } from "../../core/reply.js";
import { slackErrorCode } from "./slack-error-code.js";
import type { SlackRuntime } from "./slack-runtime.js";

export interface DismissClick {
  teamId: string;
  userId: string;
  replyId: string;
  /** The message the button was clicked on (the answer itself) and its channel. */
  messageTs: string | undefined;
  channelId: string | undefined;
}

/**
 * Dismiss on a thread answer: the asker or a moderator removes it. The answer's ts is recorded
 * after it is posted; when that record is missing (the post's answer carried no ts, or the bot
 * stopped in between) the clicked message is the answer, so its ts is used (issue 15: "Removed"
 * was said and nothing was deleted). A refusal on cached admin facts is re-checked with Slack.
 */
export async function dismissThreadAnswer(
  client: webApi.WebClient,
  runtime: SlackRuntime,
  click: DismissClick,
): Promise<Reply> {
  const { replyId } = click;
  const { reply } = await runtime.actors.recheckRefusal(
    client,
    { teamId: click.teamId, userId: click.userId },
    async (actor) => {
      const result = await runtime.services.threadReplies.dismiss(replyId, actor, runtime.now());
      if (result.kind === "not-allowed") {
        return problem("not-allowed", "Only the person who asked or a moderator can remove this answer.", {
          replyId,
          outcome: result.kind,
        });
      }
      if (result.kind === "not-found") return note("That answer is already gone.", replyId, result.kind);
      const ts = result.postedMessageId ?? click.messageTs;
      const channel = result.postedMessageId ? result.channelId : (click.channelId ?? result.channelId);
      if (ts) {
        // Already deleted by hand, or the bot lost access: the dismissal itself still stands.
        await client.chat
          .delete({ channel, ts })
          .catch((error: unknown) =>
            runtime.logger.warn({ slackError: slackErrorCode(error), replyId }, "chat.delete failed"),
          );
      }
      return note("Removed the answer. Thanks for keeping the thread tidy.", replyId, result.kind);
    },
  );
  return reply ?? note("That answer is already gone.", replyId, "not-found");
}

function note(body: string, replyId: string, outcome: string): Reply {
  return message({ body, visibility: "private", data: { replyId, outcome } });
}
