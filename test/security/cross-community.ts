import { expect } from "vitest";
import type { FaqActor } from "../../src/core/faq/types.js";
import type { Services } from "../../src/ports/services.js";
import {
  addedRows,
  type CommunitySnapshot,
  communitySnapshot,
  everyCommunitySnapshot,
  waitForSnapshot,
  withoutAdded,
} from "../support/community-snapshot.js";
import type { TestBot } from "../support/test-bot.js";

/**
 * Community A's own data, which a moderator of community B must never see or change. The slugs
 * and the question are what an attacker might know or guess; the answers and the suggestion carry
 * a word (`Quillfeather`) no attempt types and the starter pack never uses, so any reply showing
 * it shows A's data.
 */
export const secretOfA = {
  slug: "zephyrine-payout-window",
  archivedSlug: "zephyrine-old-payout-window",
  question: "When does the Zephyrine payout window close?",
  answer: "The Quillfeather rule: the payout window closes at 17:00 UTC on Fridays.",
  editedAnswer: "The Quillfeather rule: the payout window closes at 16:00 UTC on Fridays since November.",
  suggestion: "Does the Quillfeather bonus count towards payouts?",
  tag: "zephyrine",
};

/**
 * True when `reply` (any reply, serialised) shows anything of community A that `typed` (what the
 * member sent) did not already contain: A's text, A's community id, or one of A's slugs offered
 * as a "did you mean" or an autocomplete choice.
 */
export function showsCommunityA(reply: string, seed: SeededCommunityA, typed = ""): boolean {
  const known = [secretOfA.slug, secretOfA.archivedSlug, seed.communityId].filter(
    (text) => !typed.includes(text),
  );
  return /quillfeather/i.test(reply) || known.some((text) => reply.includes(text));
}

export interface SeededCommunityA {
  communityId: string;
  suggestionId: number;
}

/**
 * Gives community A an entry with a history (version 2), an archived entry, a pending suggestion
 * and changed settings: something for every refused path to aim at.
 */
export async function seedCommunityA(
  services: Services,
  moderator: FaqActor,
  settings: { shadowChannel: string },
): Promise<SeededCommunityA> {
  const now = new Date();
  const added = await services.faq.entries.add(
    { slug: secretOfA.slug, question: secretOfA.question, answer: secretOfA.answer, tags: [secretOfA.tag] },
    moderator,
    now,
  );
  const edited = await services.faq.entries.edit(
    secretOfA.slug,
    { answer: secretOfA.editedAnswer },
    { reason: "the window moved" },
    moderator,
    now,
  );
  const old = await services.faq.entries.add(
    {
      slug: secretOfA.archivedSlug,
      question: "Old Zephyrine payout window?",
      answer: "Retired Zephyrine rule.",
    },
    moderator,
    now,
  );
  const archived = await services.faq.entries.archive(secretOfA.archivedSlug, {}, moderator, now);
  const filed = await services.faq.suggestions.suggest(
    { question: secretOfA.suggestion, answer: "Yes, the Quillfeather bonus is paid out with the rest." },
    moderator,
    now,
  );
  await services.settings.update(
    { shadowChannels: { [moderator.platform]: settings.shadowChannel }, confidenceThreshold: 0.5 },
    moderator,
  );
  if (!added.ok || !edited.ok || !old.ok || !archived.ok || !filed.ok)
    throw new Error("seeding community A failed");
  return { communityId: services.communityId, suggestionId: filed.value.suggestion.id };
}

export interface CrossCommunityAttempt {
  /** The command line, as typed on the console or after a Slack slash command. */
  line: string;
  /** Reads must show nothing of A; writes must be refused. Neither may change any community. */
  kind: "read" | "write";
}

/** Every command a moderator of B could aim at A's entries, suggestions and settings. */
export function attemptsOnCommunityA(seed: SeededCommunityA): CrossCommunityAttempt[] {
  const { slug, archivedSlug, tag } = secretOfA;
  const id = seed.suggestionId;
  const reads = [
    `faq show slug:${slug}`,
    // A near miss must not be answered with "did you mean" A's slug.
    `faq show slug:${slug.slice(0, -2)}`,
    `faq history slug:${slug}`,
    `faq search query:Zephyrine payout window`,
    `faq list tag:${tag}`,
    "faq list",
    "faq queue limit:25",
    "faq stale",
    "ask question:When does the Zephyrine payout window close?",
    "settings",
    "community show",
  ];
  const writes = [
    `faq edit slug:${slug} answer:"Rewritten from another community." reason:"cross-community"`,
    `faq archive slug:${slug}`,
    `faq restore slug:${archivedSlug}`,
    `faq revert slug:${slug} version:1`,
    `faq approve id:${id}`,
    `faq approve id:${id} slug:stolen-entry answer:"Published from another community."`,
    `faq reject id:${id} reason:"not ours"`,
  ];
  return [
    ...reads.map((line) => ({ line, kind: "read" as const })),
    ...writes.map((line) => ({ line, kind: "write" as const })),
  ];
}

/** What holds the bot's database: a Discord or Slack harness, or a test bot. */
type WithDatabase = Pick<TestBot, "database">;

/** Runs `attempt` and checks that no community's state (every table) changed. */
export async function expectNoCommunityChanged<T>(
  bot: WithDatabase,
  what: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const before = everyCommunitySnapshot(bot.database.sqlite);
  const result = await attempt();
  expect(everyCommunitySnapshot(bot.database.sqlite), what).toEqual(before);
  return result;
}

/**
 * Runs `attempt`, which may only file suggestions in `community`: every other community stays as
 * it was, and `community` gains exactly `suggestions` new pending suggestions and nothing else
 * (no entry, revision, decision or setting), with every row it had before unchanged.
 */
export async function expectOnlyNewPendingSuggestions<T>(
  bot: WithDatabase,
  community: string,
  suggestions: number,
  attempt: () => Promise<T>,
): Promise<{ result: T; added: CommunitySnapshot }> {
  const before = everyCommunitySnapshot(bot.database.sqlite);
  const result = await attempt();
  const after = everyCommunitySnapshot(bot.database.sqlite);
  const { [community]: ownAfter = {}, ...othersAfter } = after;
  const { [community]: ownBefore = {}, ...othersBefore } = before;
  expect(othersAfter).toEqual(othersBefore);
  const added = addedRows(ownBefore, ownAfter);
  expect(Object.keys(added)).toEqual(["faq_suggestions"]);
  expect(added.faq_suggestions).toHaveLength(suggestions);
  for (const row of added.faq_suggestions ?? []) {
    expect(row).toMatchObject({ community_id: community, status: "pending", created_entry_id: null });
  }
  expect(withoutAdded(ownAfter, added)).toEqual(ownBefore);
  return { result, added };
}

/** One community's snapshot, for tests that follow a single community. */
export function snapshotOf(bot: WithDatabase, community: string): CommunitySnapshot {
  return communitySnapshot(bot.database.sqlite, community);
}

/**
 * Runs `post` (a question sent to the bot) and resolves once `community` has recorded what the
 * bot decided: an answer (delivered, or a shadow answer, which a foreign channel never receives)
 * or a silence listed as unanswered.
 */
export async function afterThreadDecision(
  bot: WithDatabase,
  community: string,
  post: () => Promise<unknown> | undefined,
): Promise<void> {
  const before = snapshotOf(bot, community);
  const count = (rows: unknown[] | undefined) => rows?.length ?? 0;
  await post();
  await waitForSnapshot(
    bot.database.sqlite,
    community,
    (after) => {
      if (count(after.unanswered_questions) > count(before.unanswered_questions)) return true;
      const answer = after.thread_answers?.[count(before.thread_answers)];
      return answer !== undefined && (answer.posted_message_id !== null || answer.decision === "shadow");
    },
    "the bot's answer or recorded silence",
  );
}
