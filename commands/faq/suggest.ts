import { randomUUID } from "node:crypto";
import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { slowDownNotice } from "../../src/core/member-limits.js";
import { message, problem } from "../../src/core/reply.js";
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
    // Already answered by the FAQ, as surely as a thread would be answered: point there instead.
    const [settings, found] = await Promise.all([
      ctx.services.settings.get(),
      ctx.services.faqSearch.search(input.question),
    ]);
    const best = found.best;
    if (best && best.confidence >= settings.confidenceThreshold) {
      return problem(
        "conflict",
        `The FAQ already answers this: **${best.entry.question}** (\`/faq show ${best.entry.slug}\`). If that answer is wrong or out of date, tell a moderator.`,
        { existingSlug: best.entry.slug },
      );
    }
    // Moderators add entries directly; members' suggestions count against the flood limit.
    if (!ctx.actor.isModerator) {
      const { allowance, limit } = await ctx.services.memberLimits.take(
        "suggestion",
        ctx.actor,
        `suggestion:${randomUUID()}`,
        ctx.now,
      );
      if (allowance.kind === "refused") {
        const notice = slowDownNotice(limit, allowance.retryAfterSeconds);
        return problem("rate-limited", notice.body, notice.data, notice.title);
      }
    }
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
    const { suggestion, duplicate } = filed.value;
    if (duplicate) {
      return message({
        title: "Already suggested",
        body: `The same question is already waiting as **#${suggestion.id}** in the moderators' queue. Yours was added to it, so they can see more members asked.`,
        visibility: "private",
        data: { suggestionId: suggestion.id, status: suggestion.status, merged: true },
      });
    }
    return message({
      title: "Thanks, suggestion filed",
      body: `Your suggestion is **#${suggestion.id}** in the moderators' queue. They may edit it before it joins the FAQ.`,
      visibility: "private",
      data: { suggestionId: suggestion.id, status: suggestion.status },
    });
  },
});
