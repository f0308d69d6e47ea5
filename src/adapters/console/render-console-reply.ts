import { replyToPlainText } from "../../command-kit/reply-text.js";
import type { Reply } from "../../core/reply.js";
import { mapReplyText } from "../map-reply-text.js";
import { terminalSafeText } from "./terminal-safe-text.js";

/**
 * A reply as the console prints it: FAQ and member text as typed, minus the control characters
 * that would drive the terminal; `bold` (the console's own escape codes) is applied after.
 */
export function renderConsoleReply(reply: Reply, bold?: (text: string) => string): string {
  return replyToPlainText(mapReplyText(reply, terminalSafeText), bold ? { bold } : undefined);
}
