import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { message } from "../../src/core/reply.js";
import { answerOption, questionOption } from "./faq-options.js";

export const faqSuggestCommand = defineCommand({
  name: "suggest",
  description: "Suggest a question and answer for the FAQ; a moderator reviews it",
  options: z.object({
    question: questionOption.describe("The question as members ask it"),
    answer: answerOption.describe("The answer you propose, in your own words"),
  }),
  permission: "everyone",
  restOption: "answer",
  examples: ['faq suggest question:"Does a refund lower my JSS?" answer:"It can, when ..."'],
  async run(input, ctx) {
    const filed = await ctx.services.faq.suggestions.suggest(
      {
        question: input.question,
        answer: input.answer,
        channelId: ctx.actor.channelId ?? null,
        threadId: ctx.actor.threadId ?? null,
      },
      ctx.actor,
      ctx.now,
    );
    // suggest() has no refusal today; a future one (e.g. a rate limit) must not look like success.
    if (!filed.ok) throw new Error(`suggest refused with ${filed.code}`);
    const { suggestion } = filed.value;
    return message({
      title: "Thanks, suggestion filed",
      body: `Your suggestion is **#${suggestion.id}** in the moderators' queue. They may edit it before it joins the FAQ.`,
      visibility: "private",
      data: { suggestionId: suggestion.id, status: suggestion.status },
    });
  },
});
