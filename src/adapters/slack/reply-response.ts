import type { Reply } from "../../core/reply.js";
import { renderSlackMessage } from "./render-reply-blocks.js";

/** A respond() payload: private replies are ephemeral, public ones are posted to the channel. */
export function replyResponse(reply: Reply) {
  return {
    response_type: reply.visibility === "public" ? ("in_channel" as const) : ("ephemeral" as const),
    replace_original: false,
    ...renderSlackMessage(reply),
  };
}
