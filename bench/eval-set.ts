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

/** Queries per size, the common spread first: all answerable ones while cheap, the spread at the largest sizes. */
export function queriesFor(size: number): AnswerableMessage[] {
  if (size >= 50_000) return commonQueries;
  return [...commonQueries, ...answerable.filter((_query, index) => index % spreadEvery !== 0)];
}
