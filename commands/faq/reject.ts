import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";
import { queueButtons } from "./entry-form.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { reasonOption, suggestionIdOption } from "./faq-options.js";

export const faqRejectCommand = defineCommand({
  name: "reject",
  description: "Decline a suggestion, with a reason (moderators)",
  options: z.object({
    id: suggestionIdOption.describe("The suggestion's number (see /faq queue)"),
    // Optional so the queue's Reject button works in one click; typed rejections should give one.
    reason: reasonOption.optional().describe("Why it was declined, e.g. duplicate of jss-calculation"),
  }),
  permission: "moderator",
  buttons: [queueButtons.reject],
  restOption: "reason",
  examples: ['faq reject id:12 reason:"duplicate of jss-calculation"'],
  async run(input, ctx) {
    const reason = input.reason ?? "(no reason given)";
    const rejected = await ctx.services.faq.suggestions.reject(input.id, reason, ctx.actor, ctx.now);
    if (!rejected.ok) return faqFailureReply(rejected, { suggestionId: input.id }, ctx.services.faq.entries);
    return message({
      title: "Suggestion rejected",
      body: `Suggestion #${input.id} was declined: ${reason}`,
      visibility: "private",
      data: { action: "rejected", suggestionId: input.id, reason },
    });
  },
});
