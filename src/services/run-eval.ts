import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadStarterPack, starterPackPath } from "../content/seed-starter-pack.js";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "../core/faq/decide-thread-reply.js";
import type { IncomingThreadMessage } from "../core/faq/thread-reply-types.js";
import { openDatabase } from "../storage/sqlite/open-database.js";
import { createSqliteStores } from "../storage/sqlite/sqlite-stores.js";
import { createServices } from "./create-services.js";
import { silentLogger } from "./silent-logger.js";

export const evalMessagesPath = fileURLToPath(
  new URL("../../test/fixtures/eval-messages.json", import.meta.url),
);

const evalFileSchema = z.object({
  version: z.literal(1),
  messages: z.array(z.object({ text: z.string(), expected: z.string().nullable() })).min(1),
});

/** The targets: right when answering, answering most of what it can, almost never answering the rest. */
export const EVAL_TARGETS = { top1AmongAnswered: 0.9, answerRate: 0.8, falseAnswerRate: 0.05 } as const;

export interface EvalMiss {
  text: string;
  expected: string | null;
  /** What the thread-reply path did: the slug it answered with, or the silence reason. */
  got: string;
  confidence: number | null;
  kind: "wrong-answer" | "not-answered" | "false-answer";
}

export interface EvalReport {
  threshold: number;
  /** The threshold a new community gets from the settings store (should equal DEFAULT_CONFIDENCE_THRESHOLD). */
  storedDefaultThreshold: number;
  answerable: number;
  answered: number;
  correct: number;
  mustNotAnswer: number;
  falselyAnswered: number;
  top1AmongAnswered: number;
  answerRate: number;
  falseAnswerRate: number;
  meetsTargets: boolean;
  misses: EvalMiss[];
  /** Median and p99 decision time in milliseconds, cold caches included (npm run bench measures properly). */
  medianDecisionMs: number;
  p99DecisionMs: number;
}

/**
 * Loads the starter pack into a fresh in-memory database through the storage layer and sends every
 * labelled message through the real thread-reply service, each as the opening post of its own new
 * thread in a forum (an auto-answer channel by default).
 */
export async function runEval(
  options: { threshold?: number; messagesPath?: string; packPath?: string } = {},
): Promise<EvalReport> {
  const file = evalFileSchema.parse(
    JSON.parse(readFileSync(options.messagesPath ?? evalMessagesPath, "utf8")),
  );
  const database = openDatabase(":memory:");
  try {
    const now = new Date("2026-11-26T00:00:00Z");
    const stores = createSqliteStores(database, { clock: () => now });
    let counter = 0;
    const bot = createServices(stores, silentLogger, {
      starterPack: loadStarterPack(options.packPath ?? starterPackPath),
      newReplyId: () => `eval-${++counter}`,
    });
    // Each message is the opening post of its own thread in the console community's forum.
    const space = { platform: "console" as const, spaceId: "eval" };
    const community = await bot.communities.communityOf(space, now);
    const settings = bot.forCommunity(community).settings;
    const storedDefaultThreshold = (await settings.get()).confidenceThreshold;
    await settings.update(
      { confidenceThreshold: options.threshold ?? DEFAULT_CONFIDENCE_THRESHOLD },
      { platform: "console", spaceId: "eval", userId: "eval" },
    );
    const threshold = (await settings.get()).confidenceThreshold;
    const service = bot.threadReplies;

    const misses: EvalMiss[] = [];
    const timings: number[] = [];
    let answerable = 0;
    let answered = 0;
    let correct = 0;
    let mustNotAnswer = 0;
    let falselyAnswered = 0;
    for (const [index, labelled] of file.messages.entries()) {
      const message: IncomingThreadMessage = {
        ...space,
        channelId: "eval-forum",
        channelKind: "forum",
        threadId: `thread-${index}`,
        messageId: `message-${index}`,
        authorId: "asker",
        authorName: "asker",
        authorIsBot: false,
        isThreadStart: true,
        mentionsBot: false,
        text: labelled.text,
      };
      const started = performance.now();
      const outcome = await service.handle(message, now);
      timings.push(performance.now() - started);
      const got = outcome.kind === "thread_reply" ? outcome.faq.slug : outcome.reason;
      const confidence =
        outcome.kind === "thread_reply" ? outcome.confidence : (outcome.best?.confidence ?? null);
      if (labelled.expected !== null) {
        answerable += 1;
        if (outcome.kind === "thread_reply") {
          answered += 1;
          if (outcome.faq.slug === labelled.expected) correct += 1;
          else
            misses.push({
              text: labelled.text,
              expected: labelled.expected,
              got,
              confidence,
              kind: "wrong-answer",
            });
        } else {
          misses.push({
            text: labelled.text,
            expected: labelled.expected,
            got,
            confidence,
            kind: "not-answered",
          });
        }
      } else {
        mustNotAnswer += 1;
        if (outcome.kind === "thread_reply") {
          falselyAnswered += 1;
          misses.push({ text: labelled.text, expected: null, got, confidence, kind: "false-answer" });
        }
      }
    }
    timings.sort((a, b) => a - b);
    const top1AmongAnswered = answered === 0 ? 0 : correct / answered;
    const answerRate = answerable === 0 ? 0 : answered / answerable;
    const falseAnswerRate = mustNotAnswer === 0 ? 0 : falselyAnswered / mustNotAnswer;
    return {
      threshold,
      storedDefaultThreshold,
      answerable,
      answered,
      correct,
      mustNotAnswer,
      falselyAnswered,
      top1AmongAnswered,
      answerRate,
      falseAnswerRate,
      meetsTargets:
        top1AmongAnswered >= EVAL_TARGETS.top1AmongAnswered &&
        answerRate >= EVAL_TARGETS.answerRate &&
        falseAnswerRate <= EVAL_TARGETS.falseAnswerRate,
      misses,
      medianDecisionMs: timings[Math.floor(timings.length / 2)] ?? 0,
      p99DecisionMs: timings[Math.min(timings.length - 1, Math.floor(timings.length * 0.99))] ?? 0,
    };
  } finally {
    database.close();
  }
}
