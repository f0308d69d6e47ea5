import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { buttonId } from "../../src/command-kit/command-buttons.js";
import { message, type ReplyAction } from "../../src/core/reply.js";
import { queueButtons } from "./entry-form.js";
import { countOption } from "./faq-options.js";

/** Discord shows at most 25 buttons; three per suggestion leaves room for five. */
const WITH_BUTTONS = 5;

export const faqQueueCommand = defineCommand({
  name: "queue",
  description: "List the suggestions waiting for review; sort and filter them (moderators)",
  options: z.object({
    limit: countOption("suggestions", 25, 10),
    sort: z
      .enum(["oldest", "newest", "most-asked"])
      .default("oldest")
      .describe("oldest (default), newest, or most-asked (by how many members suggested the same)"),
    author: z
      .string()
      .trim()
      .max(120)
      .regex(/^(?:<@!?[A-Za-z0-9]+(?:\|[^>]*)?>|[A-Za-z0-9._-]+)$/, "a member mention or user id")
      .transform((value) => value.replace(/^<@!?([A-Za-z0-9]+)(?:\|[^>]*)?>$/, "$1"))
      .optional()
      .describe("Only suggestions by this member (a mention or user id)"),
    text: z
      .string()
      .trim()
      .min(1, "some text, not only spaces")
      .max(200, "at most 200 characters")
      .optional()
      .describe("Only suggestions whose question or answer contains this text"),
  }),
  permission: "moderator",
  dashboard: "moderators",
  examples: ["faq queue", "faq queue limit:25", "faq queue sort:most-asked", 'faq queue text:"top rated"'],
  async run(input, ctx) {
    const queue = await ctx.services.faq.suggestions.listQueue(input.limit, {
      sort: input.sort,
      ...(input.author ? { author: input.author } : {}),
      ...(input.text ? { text: input.text } : {}),
    });
    const data = {
      suggestions: queue.map((suggestion) => ({
        id: suggestion.id,
        question: suggestion.question,
        suggestedBy: suggestion.suggestedBy,
        askedBy: suggestion.askedBy,
        platform: suggestion.platform,
        messageLink: suggestion.messageLink,
        createdAt: suggestion.createdAt,
      })),
    };
    if (queue.length === 0) {
      return message({
        title: "Suggestion queue",
        body:
          input.author || input.text
            ? "No pending suggestion matches that filter."
            : "Nothing is waiting for review.",
        visibility: "private",
        data,
      });
    }
    const lines = queue.map((suggestion) => {
      const link = suggestion.messageLink ? ` · [thread](${suggestion.messageLink})` : "";
      const answer = suggestion.answer.replace(/\s+/g, " ").slice(0, 140);
      return `- **#${suggestion.id}** ${suggestion.question.replace(/\s+/g, " ").slice(0, 120)}\n  ${answer}${answer.length >= 140 ? "…" : ""}\n  _by ${suggestion.suggestedBy || "(erased)"}${suggestion.askedBy > 1 ? ` and ${suggestion.askedBy - 1} more` : ""}, ${suggestion.createdAt.slice(0, 10)}${link}_`;
    });
    // The buttons run /faq approve and /faq reject, which declare them (entry-form.ts).
    const actions: ReplyAction[] = queue.slice(0, WITH_BUTTONS).flatMap(({ id }) => [
      { id: buttonId(queueButtons.approve, id), label: `Approve #${id}`, style: "success" as const },
      { id: buttonId(queueButtons.edit, id), label: `Edit #${id}`, style: "secondary" as const },
      { id: buttonId(queueButtons.reject, id), label: `Reject #${id}`, style: "danger" as const },
    ]);
    return message({
      title: `Suggestion queue (${queue.length})`,
      body: `${lines.join("\n")}\n\n\`/faq approve id:<n>\` (optionally with new text) or \`/faq reject id:<n> reason:<why>\`.`,
      actions,
      visibility: "private",
      data,
    });
  },
});
