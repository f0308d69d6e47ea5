import { readFileSync } from "node:fs";
import { z } from "zod";
import { loadStarterPack, starterPackPath } from "../content/seed-starter-pack.js";
import type { CommunityId, Space } from "../core/community.js";
import { readsAsEnglish } from "../core/faq/detect-language.js";
import { foldOf } from "../core/faq/evaluate/fold-of.js";
import {
  type EvalSummary,
  type EvaluatedMessage,
  summariseEval,
} from "../core/faq/evaluate/summarise-eval.js";
import { isQuestion } from "../core/faq/is-question.js";
import { fitMatchModel } from "../core/faq/learn/fit-match-model.js";
import type { TrainingMessage } from "../core/faq/learn/training-message.js";
import { LEARNED_MATCH_MODEL } from "../core/faq/learned-match-model.js";
import type { MatchModel } from "../core/faq/match-model.js";
import { forumThreadStart } from "../core/faq/thread-reply-types.js";
import type { Stores } from "../ports/stores.js";
import type { ThreadReplyService } from "../ports/thread-replies.js";
import { createCommunityDirectory } from "./community-directory.js";
import { openEvalStores } from "./eval-stores.js";
import { FaqSearch } from "./faq-search.js";
import { silentLogger } from "./silent-logger.js";
import { ThreadReplies } from "./thread-replies.js";

const evalFileSchema = z.object({
  version: z.literal(1),
  messages: z
    .array(z.object({ text: z.string(), expected: z.string().nullable(), note: z.string().optional() }))
    .min(1),
});

/** Folds of the cross-validation: every message is scored by a model fitted on the other four. */
export const EVAL_FOLDS = 5;

export interface EvalOptions {
  /** The labelled messages file (the `npm run eval` script passes the project's eval set). */
  messagesPath: string;
  packPath?: string;
  /** Overrides every fold's fitted answer threshold (to draw one operating point by hand). */
  threshold?: number;
  /** DATABASE_URL: evaluate on PostgreSQL (a throwaway database on that server) instead of SQLite. */
  databaseUrl?: string;
}

/** What the thread replies did with each message, in file order: to compare two engines' runs. */
export interface EvalAnswers {
  answers: { text: string; answeredWith: string | null }[];
}

const answersOf = (evaluated: readonly EvaluatedMessage[]): EvalAnswers["answers"] =>
  evaluated.map(({ text, answeredWith }) => ({ text, answeredWith }));

export interface EvalReport extends EvalSummary, EvalAnswers {
  folds: number;
  /** The thresholds each fold's model chose on its own training messages. */
  foldThresholds: { answer: number; middleBand: number }[];
  /** The model fitted on every message: what `--write-model` commits. */
  fittedModel: MatchModel;
  medianDecisionMs: number;
  p99DecisionMs: number;
}

/**
 * k-fold evaluation of the thread-reply path. The starter pack goes into a fresh in-memory database
 * through the storage layer; each labelled message's first cut and features are computed once; for
 * each fold a model is fitted on the other folds only (ranking, calibration and thresholds), and the
 * fold's messages go through the real thread-reply service built with that model, each as the
 * opening post of a new forum thread. Nothing reported was tuned on the message it reports on.
 */
export async function runEval(options: EvalOptions): Promise<EvalReport> {
  const file = evalFileSchema.parse(JSON.parse(readFileSync(options.messagesPath, "utf8")));
  const now = new Date("2026-11-26T00:00:00Z");
  const database = await openEvalStores(() => now, options.databaseUrl);
  try {
    const { stores } = database;
    const directory = createCommunityDirectory(
      stores,
      loadStarterPack(options.packPath ?? starterPackPath),
      silentLogger,
    );
    // One console community per fold, each with the starter pack: what a new community starts with.
    const foldSpace = (fold: number): Space => ({ platform: "console", spaceId: `eval-fold-${fold}` });
    const traceCommunity = await directory.communityOf(foldSpace(-1), now);

    const tracer = new FaqSearch(stores.faq.candidates);
    const prepared = [];
    for (const labelled of file.messages) {
      const trace = await tracer.trace(traceCommunity, labelled.text);
      const foreign = !readsAsEnglish(trace.language.code);
      const training: TrainingMessage = {
        expected: labelled.expected,
        candidates: trace.candidates.map((candidate, index) => ({
          slug: candidate.slug,
          features: trace.features[index] ?? [],
        })),
        foreign: trace.query.foreign,
        otherPlatform: trace.query.otherPlatform,
        decided: trace.language.readable && (foreign || isQuestion(labelled.text)),
      };
      prepared.push({ labelled, fold: foldOf(labelled.text, EVAL_FOLDS), training });
    }

    const evaluated: EvaluatedMessage[] = [];
    const foldThresholds: EvalReport["foldThresholds"] = [];
    const timings: number[] = [];
    let counter = 0;
    for (let fold = 0; fold < EVAL_FOLDS; fold += 1) {
      const model = fitMatchModel(prepared.filter((m) => m.fold !== fold).map((m) => m.training));
      foldThresholds.push({ answer: model.answerThreshold, middleBand: model.middleBandThreshold });
      const space = foldSpace(fold);
      const community = await directory.communityOf(space, now);
      await stores.settings.update(
        community,
        { confidenceThreshold: options.threshold ?? model.answerThreshold },
        { ...space, userId: "eval" },
      );
      const search = new FaqSearch(stores.faq.candidates, model);
      const service = new ThreadReplies(
        stores.threadReplies,
        search,
        stores.settings,
        directory,
        stores.faq,
        {
          newReplyId: () => `eval-reply-${counter}`,
          middleBandThreshold: model.middleBandThreshold,
        },
      );
      for (const { labelled, training } of prepared.filter((m) => m.fold === fold)) {
        counter += 1;
        evaluated.push(
          await evaluateMessage(
            { service, search, space, community },
            labelled,
            training.decided,
            counter,
            now,
            timings,
            { fold, middleBandThreshold: model.middleBandThreshold },
          ),
        );
      }
    }
    timings.sort((a, b) => a - b);
    return {
      ...summariseEval(evaluated),
      answers: answersOf(evaluated),
      folds: EVAL_FOLDS,
      foldThresholds,
      fittedModel: fitMatchModel(
        prepared.map((m) => m.training),
        {
          answerThreshold: medianOf(foldThresholds.map((chosen) => chosen.answer)),
        },
      ),
      medianDecisionMs: timings[Math.floor(timings.length / 2)] ?? 0,
      p99DecisionMs: timings[Math.min(timings.length - 1, Math.floor(timings.length * 0.99))] ?? 0,
    };
  } finally {
    await database.close();
  }
}

type LabelledMessage = z.infer<typeof evalFileSchema>["messages"][number];

interface EvalPath {
  service: ThreadReplyService;
  search: FaqSearch;
  space: Space;
  community: CommunityId;
}

/** One labelled message as the opening post of its own forum thread, through the real service. */
async function evaluateMessage(
  { service, search, space, community }: EvalPath,
  labelled: LabelledMessage,
  decided: boolean,
  counter: number,
  now: Date,
  timings: number[],
  scoring: { fold: number; middleBandThreshold: number },
): Promise<EvaluatedMessage> {
  const message = forumThreadStart({
    ...space,
    channelId: "eval-forum",
    threadId: `thread-${counter}`,
    messageId: `message-${counter}`,
    authorId: "asker",
    text: labelled.text,
  });
  const started = performance.now();
  const outcome = await service.handle(message, now);
  timings.push(performance.now() - started);
  const { best, related } = await search.search(community, labelled.text, 2);
  return {
    text: labelled.text,
    expected: labelled.expected,
    note: labelled.note ?? null,
    fold: scoring.fold,
    decided,
    answeredWith: outcome.kind === "thread_reply" ? outcome.faq.slug : null,
    silence: outcome.kind === "thread_reply" ? null : outcome.reason,
    top: [best, ...related].flatMap((match) =>
      match ? [{ slug: match.entry.slug, confidence: match.confidence }] : [],
    ),
    middleBandThreshold: scoring.middleBandThreshold,
  };
}

/**
 * A frozen holdout (messages never used for fitting or tuning) through the real thread-reply path
 * with the committed model and the default threshold a new community gets.
 */
export async function runHoldout(options: {
  messagesPath: string;
  packPath?: string;
  databaseUrl?: string;
}): Promise<EvalSummary & EvalAnswers> {
  const file = evalFileSchema.parse(JSON.parse(readFileSync(options.messagesPath, "utf8")));
  const now = new Date("2026-11-26T00:00:00Z");
  const database = await openEvalStores(() => now, options.databaseUrl);
  try {
    const stores: Stores = database.stores;
    const directory = createCommunityDirectory(
      stores,
      loadStarterPack(options.packPath ?? starterPackPath),
      silentLogger,
    );
    const space: Space = { platform: "console", spaceId: "holdout" };
    const community = await directory.communityOf(space, now);
    const search = new FaqSearch(stores.faq.candidates);
    const service = new ThreadReplies(stores.threadReplies, search, stores.settings, directory, stores.faq);
    const timings: number[] = [];
    const evaluated: EvaluatedMessage[] = [];
    for (const [index, labelled] of file.messages.entries()) {
      const { language } = await search.trace(community, labelled.text);
      const decided = language.readable && (!readsAsEnglish(language.code) || isQuestion(labelled.text));
      evaluated.push(
        await evaluateMessage({ service, search, space, community }, labelled, decided, index, now, timings, {
          fold: -1,
          middleBandThreshold: LEARNED_MATCH_MODEL.middleBandThreshold,
        }),
      );
    }
    return { ...summariseEval(evaluated), answers: answersOf(evaluated) };
  } finally {
    await database.close();
  }
}

/**
 * The committed model's answer threshold: the median of the folds' own choices. Each fold chooses
 * on the out-of-fold scores of four fifths of the messages, so five choices are five draws of the
 * same noise; one more choice on all messages was one more draw (0.67 once, while the folds chose
 * 0.69 to 0.73), and the median of five is the steadier estimate.
 */
function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : Math.round((((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2) * 100) / 100;
}
