import type { CommunityId } from "../../core/community.js";
import { contentFingerprint } from "../../core/faq/content-fingerprint.js";
import { pickFaqContent } from "../../core/faq/types.js";
import type { MoveOutcome } from "../../ports/community-store.js";
import { entryFromRow, type FaqEntryRow } from "../sqlite/faq-rows.js";
import { type Answer, askerOf, type Steps, type StoreOps } from "./engine-steps.js";

/** What moving one community's entries into another must do about slugs both have. */
export interface CommunityMovePlan {
  /** Ids of `to`'s entries that make way: unedited starter-pack copies. */
  replaceable: number[];
  /** Their slugs, sorted, for the outcome. */
  replacedStarterCopies: string[];
  /** Slugs that clash with an entry of `to` someone wrote or edited, sorted; any refuses the move. */
  conflicts: string[];
}

/** A starter-pack copy nobody edited: still version 1, and (where it was kept) its pack fingerprint. */
function isUntouchedStarterCopy(row: FaqEntryRow): boolean {
  return (
    row.starterSlug !== null &&
    row.version === 1 &&
    (row.starterHash === null || contentFingerprint(pickFaqContent(entryFromRow(row))) === row.starterHash)
  );
}

/**
 * Decides, before anything is written, how `moving` (the entries of the community that goes) meet
 * `target` (the entries of the one it joins, by slug). A new community gets the starter pack at its
 * first start, so its unedited copies give way rather than block every join.
 */
export function planCommunityMove(
  moving: readonly FaqEntryRow[],
  target: ReadonlyMap<string, FaqEntryRow>,
): CommunityMovePlan {
  const plan: CommunityMovePlan = { replaceable: [], replacedStarterCopies: [], conflicts: [] };
  for (const row of moving) {
    const clash = target.get(row.slug);
    if (!clash) continue;
    if (isUntouchedStarterCopy(clash)) {
      plan.replaceable.push(clash.id);
      plan.replacedStarterCopies.push(clash.slug);
    } else plan.conflicts.push(row.slug);
  }
  plan.replacedStarterCopies.sort();
  plan.conflicts.sort();
  return plan;
}

/** A community move's answer: how many rows moved, or the slugs that refused it. */
export type CommunityMoveResult =
  | { ok: true; value: MoveOutcome }
  | { ok: false; code: "conflict"; conflicts: string[] };

/** The counts a completed move reports, with the starter copies that made way. */
export function movedOutcome(
  moved: { entries: number; suggestions: number; threadAnswers: number },
  plan: CommunityMovePlan,
): CommunityMoveResult {
  return { ok: true, value: { ...moved, replacedStarterCopies: plan.replacedStarterCopies } };
}

/**
 * The tables whose rows a community owns directly (children follow their parent rows), by their
 * name in either engine's schema. A member's consent follows their captured answer.
 */
export const communityOwnedTables = [
  "faqEntries",
  "faqSuggestions",
  "webConsents",
  "auditLog",
  "threadAnswers",
  "unansweredQuestions",
  "channelAnswerTimes",
] as const;
export type CommunityOwnedTable = (typeof communityOwnedTables)[number];

/** The engine calls a community move makes, inside the caller's write transaction. */
export interface CommunityMoveOps {
  entryRows(community: CommunityId): Answer<FaqEntryRow[]>;
  deleteEntries(ids: number[]): Answer<unknown>;
  /** Re-owns one table's rows of `from` to `to`; how many moved. */
  reown(table: CommunityOwnedTable, from: CommunityId, to: CommunityId): Answer<number>;
  hasSettings(community: CommunityId): Answer<boolean>;
  reownSettings(from: CommunityId, to: CommunityId): Answer<unknown>;
}

const ask = askerOf<CommunityMoveOps>();

/**
 * Re-owns every row of `from` to `to`. A clashing slug is a conflict unless `to`'s entry is an
 * unedited starter-pack copy, which makes way; conflicts refuse the move before any write. The
 * community `to` keeps its own settings if it has any.
 */
export function* moveCommunityRowsSteps(
  from: CommunityId,
  to: CommunityId,
): Steps<StoreOps<CommunityMoveOps>, CommunityMoveResult> {
  const moving = yield* ask((ops) => ops.entryRows(from));
  const target = new Map((yield* ask((ops) => ops.entryRows(to))).map((row) => [row.slug, row]));
  const plan = planCommunityMove(moving, target);
  if (plan.conflicts.length > 0) return { ok: false, code: "conflict", conflicts: plan.conflicts };

  if (plan.replaceable.length > 0) yield* ask((ops) => ops.deleteEntries(plan.replaceable));
  const moved = new Map<CommunityOwnedTable, number>();
  for (const table of communityOwnedTables) moved.set(table, yield* ask((ops) => ops.reown(table, from, to)));
  if (!(yield* ask((ops) => ops.hasSettings(to)))) yield* ask((ops) => ops.reownSettings(from, to));
  const count = (table: CommunityOwnedTable) => moved.get(table) ?? 0;
  return movedOutcome(
    {
      entries: count("faqEntries"),
      suggestions: count("faqSuggestions"),
      threadAnswers: count("threadAnswers"),
    },
    plan,
  );
}
