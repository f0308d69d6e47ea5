import { FAQ_CONTENT_KEYS, type FaqContent, type FaqEntryInput } from "../types.js";

/** What an optional field of an entry means when it is left out: empty. */
const EMPTY: Omit<FaqContent, "slug" | "question" | "answer"> = {
  aliases: [],
  tags: [],
  sources: [],
  criteria: [],
  owner: null,
  reviewBy: null,
};

/** An entry with every optional field filled: the form entries are compared, stored and exported in. */
export function completeEntry(input: FaqEntryInput): FaqContent {
  const defaults: Partial<FaqContent> = EMPTY;
  const complete = {} as Record<keyof FaqContent, unknown>;
  for (const key of FAQ_CONTENT_KEYS) complete[key] = input[key] ?? defaults[key];
  return complete as FaqContent;
}
