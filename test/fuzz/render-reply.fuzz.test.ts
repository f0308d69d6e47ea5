import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderConsoleReply } from "../../src/adapters/console/render-console-reply.js";
import { renderReply } from "../../src/adapters/discord/render-reply.js";
import { blockKitLimits } from "../../src/adapters/slack/block-kit-limits.js";
import { renderSlackMessage } from "../../src/adapters/slack/render-reply-blocks.js";
import type { Reply } from "../../src/core/reply.js";
import { liveDiscordMention, liveSlackMention } from "../fixtures/hostile-faq-text.js";
import { CaseClock, describeText } from "./case-clock.js";
import { chatText, fuzzParameters, fuzzTimeoutMs, maxMessageChars } from "./fuzz-support.js";

// A reply has up to a dozen texts: one in about 150 is member-sized, so a case is long one time in ten.
const text = (shortLength: number) => chatText(shortLength, maxMessageChars, 150);

/**
 * Every renderer over replies whose every text is hostile and up to member size: FAQ text as
 * typed by moderators, member text quoted back (a suggestion, a refused option value, a search).
 */
const reply: fc.Arbitrary<Reply> = fc
  .record({
    kind: fc.constantFrom("message", "problem") as fc.Arbitrary<Reply["kind"]>,
    title: fc.option(text(80), { nil: undefined }),
    body: text(300),
    fields: fc.array(fc.record({ name: text(40), value: text(200) }), { maxLength: 4 }),
    footer: fc.option(text(80), { nil: undefined }),
    sources: fc.array(text(60), { maxLength: 3 }),
    labels: fc.array(text(20), { maxLength: 3 }),
    visibility: fc.constantFrom("private", "public") as fc.Arbitrary<Reply["visibility"]>,
  })
  .map(({ labels, title, footer, ...parts }) => ({
    ...parts,
    ...(title !== undefined ? { title } : {}),
    ...(footer !== undefined ? { footer } : {}),
    actions: labels.map((label, index) => ({ id: `fuzz:act:${index}`, label, style: "primary" as const })),
    data: {},
  }));

function longestText(value: Reply): number {
  return Math.max(
    value.body.length,
    value.title?.length ?? 0,
    value.footer?.length ?? 0,
    ...(value.fields ?? []).map((field) => field.value.length),
    ...(value.sources ?? []).map((source) => source.length),
  );
}

const clock = new CaseClock("the reply renderers (Slack, Discord, console)");

describe("fuzz: rendering replies", () => {
  it(
    "renders any reply on every platform within the platforms' limits, with no live mention",
    () => {
      fc.assert(
        fc.property(reply, (value) => {
          const length = longestText(value);
          const slack = clock.measureSync(describeText(value.body), length, () => renderSlackMessage(value));
          expect(slack.text.length).toBeLessThanOrEqual(blockKitLimits.fallbackTextChars);
          expect(slack.blocks.length).toBeLessThanOrEqual(blockKitLimits.messageBlocks);
          for (const block of slack.blocks) {
            if (block.type === "section" && block.text)
              expect(block.text.text.length).toBeLessThanOrEqual(blockKitLimits.sectionChars);
            if (block.type === "header")
              expect(block.text.text.length).toBeLessThanOrEqual(blockKitLimits.headerChars);
          }
          const discord = clock.measureSync(describeText(value.body), length, () =>
            renderReply(value, { mentionUserIds: [] }),
          );
          expect(discord.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(4096);
          expect(discord.allowedMentions.parse).toEqual([]);
          const printed = clock.measureSync(describeText(value.body), length, () =>
            renderConsoleReply(value),
          );
          // Issue 15, finding 1: whatever the text, nothing sent is a live mention or a terminal control.
          expect(slack.text).not.toMatch(liveSlackMention);
          expect(JSON.stringify(slack.blocks)).not.toMatch(liveSlackMention);
          expect(JSON.stringify([discord.embeds, discord.components])).not.toMatch(liveDiscordMention);
          expect(printed).not.toMatch(/[^\P{Cc}\t\n]/u);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeoutMs(4),
  );
});
