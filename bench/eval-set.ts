import { readFileSync } from "node:fs";

/** One labelled member message of the eval set: the entry it should get, or null for "stay silent". */
export interface EvalMessage {
  text: string;
  expected: string | null;
}
export type AnswerableMessage = EvalMessage & { expected: string };

/** The eval set the benchmark times and scores (the committed one, never the frozen holdout). */
export const evalSet = (
  JSON.parse(readFileSync(new URL("../test/fixtures/eval-messages.json", import.meta.url), "utf8")) as {
    messages: EvalMessage[];
  }
).messages;

export const answerable = evalSet.filter(
  (message): message is AnswerableMessage => message.expected !== null,
);

/**
 * A fixed spread of about 30 answerable queries over every topic, scored by every matcher at every
 * size (even the slow ones), so that accuracy is compared on the same questions.
 */
const spreadEvery = Math.ceil(answerable.length / 30);
export const commonQueries = answerable.filter((_query, index) => index % spreadEvery === 0);

/**
 * The answerable queries, the common spread first: every matcher times as many as its budget
 * allows (bench/match-times.ts), the slow peers the spread at least. gigdesk times all of them at
 * every size, so that its p99 at 100,000 entries is the 15th slowest of 1,500 samples rather than
 * the 2nd of 150, and the hundred-communities run times the same queries.
 */
export const timedQueries: readonly AnswerableMessage[] = [
  ...commonQueries,
  ...answerable.filter((_query, index) => index % spreadEvery !== 0),
];
