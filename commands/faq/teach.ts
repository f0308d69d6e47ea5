import { z } from "zod";
import { defineCommand } from "../../src/command-kit/command.js";
import { formatConfidence } from "../../src/core/faq/format-confidence.js";
import { FAQ_LIMITS } from "../../src/core/faq/import/faq-entry-rules.js";
import { stripChatMarkup } from "../../src/core/faq/normalise-text.js";
import { problem } from "../../src/core/reply.js";
import { faqFailureReply } from "./faq-failure-reply.js";
import { slugAutocomplete, slugOption } from "./faq-options.js";
import { entryReply } from "./render-entry.js";

/**
 * The member's question as an alias: without mentions, links and code (they carry no meaning for
 * the matcher), on one line, cut at a word boundary to the alias limit.
 */
export function aliasFromQuestion(text: string): string {
  const plain = stripChatMarkup(text).replace(/\s+/g, " ").trim();
  if (plain.length <= FAQ_LIMITS.aliasMaxLength) return plain;
  const cut = plain.slice(0, FAQ_LIMITS.aliasMaxLength + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, FAQ_LIMITS.aliasMaxLength)).trim();
}

export const faqTeachCommand = defineCommand({
  name: "teach",
  description: "Make an unanswered question an alias of an entry, so it is answered next time (moderators)",
  options: z.object({
    id: z
      .number()
      .int("a whole number")
      .min(1, "1 or more")
      .describe("The question's number (see /faq unanswered)"),
    slug: slugOption.describe("The entry that answers it"),
  }),
  permission: "moderator",
  autocomplete: slugAutocomplete,
  examples: ["faq teach id:12 slug:top-rated-badge-delay"],
  async run(input, ctx) {
    const { threadReplies, faq, faqSearch, settings } = ctx.services;
    const question = await threadReplies.findUnanswered(input.id);
    if (!question) {
      return problem("not-found", `There is no unanswered question #${input.id}. See \`/faq unanswered\`.`, {
        id: input.id,
      });
    }
    const entry = await faq.entries.getBySlug(input.slug);
    if (!entry) return faqFailureReply({ code: "not-found" }, { slug: input.slug }, faq.entries);
    const alias = aliasFromQuestion(question.text);
    if (alias === "") {
      return problem(
        "invalid-input",
        `Question #${input.id} has no words left to teach once links and mentions are removed.`,
        {
          id: input.id,
        },
      );
    }
    const known = [entry.question, ...entry.aliases].some(
      (text) => text.toLowerCase() === alias.toLowerCase(),
    );
    if (!known && entry.aliases.length >= FAQ_LIMITS.maxAliases) {
      return problem(
        "invalid-input",
        `\`${entry.slug}\` already has ${FAQ_LIMITS.maxAliases} aliases, the most an entry keeps. Remove one with \`/faq edit slug:${entry.slug} aliases:…\` first. Nothing was changed.`,
        { id: input.id, slug: entry.slug },
      );
    }
    // An ordinary edit: a new version, the old text in the history, an audit row.
    const edited = known
      ? { ok: true as const, value: { entry, changed: false } }
      : await faq.entries.edit(
          entry.slug,
          { aliases: [...entry.aliases, alias] },
          { reason: `taught from unanswered question #${input.id}`, expectedVersion: entry.version },
          ctx.actor,
          ctx.now,
        );
    if (!edited.ok) return faqFailureReply(edited, { slug: entry.slug }, faq.entries);
    // The wording leaves the list, and an asker's "Not helpful" for this entry and wording is lifted.
    const taught = await threadReplies.markTaught(question.normalisedText, entry.slug, ctx.now);
    await faq.demotions.lift(question.normalisedText, entry.slug);
    // What the bot would do with the question now, so the moderator sees that teaching took.
    const { marketplace, confidenceThreshold } = await settings.get();
    const { best } = await faqSearch.search(question.text, 0, marketplace);
    const answersNow = best?.entry.slug === entry.slug && best.confidence >= confidenceThreshold;
    const verdict = answersNow
      ? `Asked again, it is answered with \`${entry.slug}\` (match ${formatConfidence(best.confidence)}).`
      : `Asked again, the best match is ${best ? `\`${best.entry.slug}\` at ${formatConfidence(best.confidence)}` : "nothing"}, under the threshold ${confidenceThreshold}: add a closer alias or edit the entry's question.`;
    return entryReply(edited.value.entry, {
      visibility: "private",
      note: `${
        edited.value.changed
          ? `Taught: "${alias}" is now an alias of \`${entry.slug}\` (version ${edited.value.entry.version}).`
          : `"${alias}" was already part of \`${entry.slug}\`; the question leaves the list.`
      } ${verdict}`,
      showCuration: true,
      extra: {
        action: edited.value.changed ? "taught" : "already-taught",
        questionId: input.id,
        alias,
        questionsTaught: taught,
        answersNow,
        bestNow: best ? { slug: best.entry.slug, confidence: best.confidence } : null,
      },
    });
  },
});
